-- CivBot schema v1. Times that are queried or ordered on are INTEGER unix milliseconds (UTC).
-- Foreign keys are DEFERRABLE INITIALLY DEFERRED because a new group's chat, receipts and outbox rows are written in
-- the same transaction as the group row itself, which is written last (with its final state and version).

-- One JSON document per group (the engine's GroupState); version is the optimistic-concurrency token.
CREATE TABLE groups (
    id TEXT NOT NULL PRIMARY KEY,
    state_json TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Group chats bound to a group. A group may span several chats on several channels.
CREATE TABLE chats (
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) DEFERRABLE INITIALLY DEFERRED,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (channel, chat_id)
) WITHOUT ROWID;
CREATE INDEX ix_chats_group ON chats (group_id);

-- Where a member can be reached privately; reachable drops to 0 when a channel says a DM is undeliverable.
CREATE TABLE member_contacts (
    member_id TEXT NOT NULL PRIMARY KEY,
    dm_channel TEXT NOT NULL,
    dm_chat_id TEXT NOT NULL,
    reachable INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Which groups a member was seen in; a private message goes to the most recently seen one.
CREATE TABLE member_groups (
    member_id TEXT NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) DEFERRABLE INITIALLY DEFERRED,
    last_seen INTEGER NOT NULL,
    PRIMARY KEY (member_id, group_id)
) WITHOUT ROWID;
CREATE INDEX ix_member_groups_recent ON member_groups (member_id, last_seen);

-- The hash-chained receipts. Each column holds exactly one field of Core's Receipt so a re-read row hashes the same.
-- amount is TEXT (invariant decimal) so no float rounding can change a hash.
CREATE TABLE receipts (
    group_id TEXT NOT NULL REFERENCES groups (id) DEFERRABLE INITIALLY DEFERRED,
    seq INTEGER NOT NULL,
    loop_no INTEGER NULL,
    kind TEXT NOT NULL,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    summary TEXT NOT NULL,
    amount TEXT NULL,
    currency TEXT NULL,
    evidence_json TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    -- A rowid table with a unique key rather than WITHOUT ROWID: receipts are wide, and appending them to the rowid
    -- tree plus a narrow unique index costs about a third less per receipt than keeping whole rows in the key's tree.
    UNIQUE (group_id, seq)
);
CREATE INDEX ix_receipts_loop ON receipts (group_id, loop_no, seq);

-- Receipts are permanent: an undo is a new receipt. These triggers stop accidental edits through the app or a
-- careless admin; a deliberate edit of the file is still caught by /verify (the hash chain).
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN
    SELECT RAISE(ABORT, 'receipts are append-only');
END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
BEGIN
    SELECT RAISE(ABORT, 'receipts are append-only');
END;

-- Every inbound event by (channel, platform id): the dedupe mark that makes platform retries harmless.
-- status: processed | failed (the engine threw; the sender got an apology) | unrouted (private, no group known).
CREATE TABLE inbox (
    channel TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    group_id TEXT NULL,
    received_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (channel, platform_id)
) WITHOUT ROWID;

-- Outbound messages, written in the event's transaction and sent after commit (at-least-once, in order per chat).
-- Ids are handed to channels as idempotency keys (a Discord nonce), so they must never be reused. Rows are never
-- deleted, so SQLite's max(id)+1 never reuses one; anything that prunes sent rows must keep the newest row.
-- (AUTOINCREMENT would guarantee it at the cost of an extra write per message on the hottest path.)
-- No foreign key to groups: outbox rows are delivery bookkeeping, and an unrouted reply has no group.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    group_id TEXT NULL,
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    thread_id TEXT NULL,
    is_direct INTEGER NOT NULL DEFAULT 0,
    member_id TEXT NULL,
    recipient_handle TEXT NULL,
    mention_handle TEXT NULL,
    reply_json TEXT NOT NULL,
    edit_key TEXT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    sent_at INTEGER NULL,
    platform_message_id TEXT NULL,
    last_error TEXT NULL
);
-- The dispatcher scans pending rows in id order (which is also per-chat order); sent rows leave the index.
CREATE INDEX ix_outbox_pending ON outbox (id) WHERE status = 'pending';
-- Finding the earlier message an edit replaces. Only vote messages carry an edit key, so most rows skip this index.
CREATE INDEX ix_outbox_chat ON outbox (channel, chat_id, edit_key, id) WHERE edit_key IS NOT NULL;

-- Durable timers. AUTOINCREMENT: a fired timer comes back as inbound platform id "timer:{id}", which the inbox
-- dedupes, so a reused id would make a new timer look like a replay of an old one.
CREATE TABLE timers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id TEXT NOT NULL REFERENCES groups (id) DEFERRABLE INITIALLY DEFERRED,
    due_at INTEGER NOT NULL,
    spec_json TEXT NOT NULL,
    fired INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_timers_due ON timers (fired, due_at);

-- Every flow text ever loaded, by content hash, so a loop pinned to an older text survives a file change.
CREATE TABLE flow_versions (
    hash TEXT NOT NULL PRIMARY KEY,
    flow_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    file TEXT NOT NULL,
    yaml TEXT NOT NULL,
    first_seen INTEGER NOT NULL
) WITHOUT ROWID;

-- Small key/values (the playground's clock, say).
CREATE TABLE meta (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
