-- CivBot schema v2: joining by SMS, consent (STOP) and delivery reports.

-- One join code per group: texting "JOIN <code>" to the SMS number makes the sender a member of group_id.
-- A new code replaces the group's old one (the old code stops working), so a leaked code can be retired.
CREATE TABLE join_codes (
    code TEXT NOT NULL PRIMARY KEY,
    group_id TEXT NOT NULL,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX ix_join_codes_group ON join_codes (group_id);

-- Chats (phone numbers, for SMS) that said STOP. Checked at send time, so nothing reaches them, not even messages
-- queued before the STOP; START deletes the row. The number is kept only while it is needed to honour the STOP.
CREATE TABLE contact_optouts (
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (channel, chat_id)
) WITHOUT ROWID;

-- The platform's later word on a sent message (Twilio status callbacks): delivered, undelivered, failed...
-- and its error code. Failed deliveries stay visible here instead of vanishing.
ALTER TABLE outbox ADD COLUMN delivery_status TEXT NULL;
ALTER TABLE outbox ADD COLUMN delivery_error TEXT NULL;
-- Status callbacks find their message by platform id; only sent rows have one, so unsent rows stay out of the index.
CREATE INDEX ix_outbox_platform ON outbox (channel, platform_message_id) WHERE platform_message_id IS NOT NULL;
-- Opting out fails the chat's queued rows at once.
CREATE INDEX ix_outbox_pending_chat ON outbox (channel, chat_id) WHERE status = 'pending';
