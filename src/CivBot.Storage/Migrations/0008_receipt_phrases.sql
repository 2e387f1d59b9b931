-- Receipts the bot worded keep a language-neutral phrase (canonical form 3): a JSON array of a code, its values and
-- nested phrases, which every reader renders in their own language. NULL on receipts whose summary a member wrote and on
-- every row written before; those hash exactly as they always did.
ALTER TABLE receipts ADD COLUMN phrase TEXT NULL;
