-- CivBot schema v7: several instances (PostgreSQL) share the same claim columns; on SQLite one process holds the file,
-- so claims are always its own, but the columns keep one EF model for both providers.

-- An outbox row being sent is claimed by one instance until lease_until (unix ms); a dead instance's claim runs out
-- and another takes the row over. A chat is claimed as a whole (its pending rows), so its order is kept.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT NULL;
ALTER TABLE outbox ADD COLUMN lease_until INTEGER NULL;
-- A due timer is claimed the same way while its event goes through the pipeline (which marks it fired).
ALTER TABLE timers ADD COLUMN claimed_by TEXT NULL;
ALTER TABLE timers ADD COLUMN lease_until INTEGER NULL;
