-- CivBot schema v6: linking chats into one group (/link).

-- One open link code per group: another chat's admin types "/link <code>" there to ask to join group_id.
-- A code works once and only until expires_at; a group's new code replaces its old one.
CREATE TABLE link_codes (
    code TEXT NOT NULL PRIMARY KEY,
    group_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX ix_link_codes_group ON link_codes (group_id);
