-- Receipts name their actor by a stable pseudonym and say whether the bot or a member wrote them (canonical form 2).
-- Rows written before keep NULL here and form 1, and hash exactly as they always did.
ALTER TABLE receipts ADD COLUMN actor_id TEXT NULL;
ALTER TABLE receipts ADD COLUMN actor_type TEXT NULL;
ALTER TABLE receipts ADD COLUMN form INTEGER NOT NULL DEFAULT 1;
