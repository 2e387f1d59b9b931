-- A direct message that turns out to be undeliverable is re-sent to the group as a mention. It belongs in the loop's
-- thread (a Telegram forum topic, a Discord thread) like the loop's other messages, so the direct message's row
-- remembers where that is.
ALTER TABLE outbox ADD COLUMN fallback_channel TEXT NULL;
ALTER TABLE outbox ADD COLUMN fallback_chat_id TEXT NULL;
ALTER TABLE outbox ADD COLUMN fallback_thread_id TEXT NULL;
