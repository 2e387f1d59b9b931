-- An update a channel cannot read (malformed, or of types it does not expect) is recorded as refused with the reason,
-- so it is never redelivered for ever and an operator can see why it was skipped.
ALTER TABLE inbox ADD COLUMN reason TEXT NULL;
