-- A playground database written by CivBot before receipt form 2 (commit b51bb7e, schema v3): one loop in Audit,
-- 12 form-1 receipts. Made with: civbot chat --db old.db < session; sqlite3 old.db .dump. Never regenerate it with a
-- newer program: its point is to be old.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
INSERT INTO schema_migrations VALUES(1,'initial','2026-11-28T09:09:34.8925364+00:00');
INSERT INTO schema_migrations VALUES(2,'sms','2026-11-28T09:09:34.8925364+00:00');
INSERT INTO schema_migrations VALUES(3,'fallback_thread','2026-11-28T09:09:34.8925364+00:00');
CREATE TABLE groups (
    id TEXT NOT NULL PRIMARY KEY,
    state_json TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
INSERT INTO "groups" VALUES('playground:group','{"id":"playground:group","flow_id":"cociv-loop","members":[{"id":"playground:dan","handle":"dan","join_order":0,"last_served":{"steward":1},"opted_out":[],"active":true},{"id":"playground:eve","handle":"eve","join_order":1,"last_served":{"builder":2},"opted_out":[],"active":true},{"id":"playground:fay","handle":"fay","join_order":2,"last_served":{"auditor":3},"opted_out":[],"active":true},{"id":"playground:ann","handle":"ann","join_order":3,"last_served":{},"opted_out":[],"active":true}],"loops":[{"no":1,"flow":{"id":"cociv-loop","version":1,"hash":"975eb5358293f5dabc4113996106e404a675a1b2cb14d33a7acedddcb68ce180"},"phase":"audit","phase_started_at":"2026-11-28T09:09:34.8925364+00:00","phase_deadline":"2026-11-29T09:09:34.8925364+00:00","epoch":5,"asker":"playground:ann","asker_handle":"ann","ask":"Need a ride to the clinic before 5pm https://clinic.example/hours","opened_at":"2026-11-28T09:09:34.8925364+00:00","thread_chat":{"channel":"playground","chat_id":"group"},"steward":"playground:dan","builders":["playground:eve"],"auditor":"playground:fay","options":[{"number":1,"text":"Eve drives at 4","proposed_by":"playground:eve","proposed_by_handle":"eve"},{"number":2,"text":"Fay drives at 4:30","proposed_by":"playground:fay","proposed_by_handle":"fay"}],"decision":"Eve drives at 4","supporters":[],"checks":[],"spent_total":6.40,"spend_currency":"USD","audit_nudges":0,"undo":[{"before":{"no":1,"flow":{"id":"cociv-loop","version":1,"hash":"975eb5358293f5dabc4113996106e404a675a1b2cb14d33a7acedddcb68ce180"},"phase":"do","phase_started_at":"2026-11-28T09:09:34.8925364+00:00","phase_deadline":"2026-12-02T09:09:34.8925364+00:00","epoch":4,"asker":"playground:ann","asker_handle":"ann","ask":"Need a ride to the clinic before 5pm https://clinic.example/hours","opened_at":"2026-11-28T09:09:34.8925364+00:00","thread_chat":{"channel":"playground","chat_id":"group"},"steward":"playground:dan","builders":["playground:eve"],"options":[{"number":1,"text":"Eve drives at 4","proposed_by":"playground:eve","proposed_by_handle":"eve"},{"number":2,"text":"Fay drives at 4:30","proposed_by":"playground:fay","proposed_by_handle":"fay"}],"decision":"Eve drives at 4","supporters":[],"checks":[],"spent_total":0,"audit_nudges":0,"undo":[],"asked_privately":false},"receipt_seq":9,"description":"the 6.40 USD spend"},{"before":{"no":1,"flow":{"id":"cociv-loop","version":1,"hash":"975eb5358293f5dabc4113996106e404a675a1b2cb14d33a7acedddcb68ce180"},"phase":"do","phase_started_at":"2026-11-28T09:09:34.8925364+00:00","phase_deadline":"2026-12-02T09:09:34.8925364+00:00","epoch":4,"asker":"playground:ann","asker_handle":"ann","ask":"Need a ride to the clinic before 5pm https://clinic.example/hours","opened_at":"2026-11-28T09:09:34.8925364+00:00","thread_chat":{"channel":"playground","chat_id":"group"},"steward":"playground:dan","builders":["playground:eve"],"options":[{"number":1,"text":"Eve drives at 4","proposed_by":"playground:eve","proposed_by_handle":"eve"},{"number":2,"text":"Fay drives at 4:30","proposed_by":"playground:fay","proposed_by_handle":"fay"}],"decision":"Eve drives at 4","supporters":[],"checks":[],"spent_total":6.40,"spend_currency":"USD","audit_nudges":0,"undo":[],"asked_privately":false},"receipt_seq":10,"description":"the 500.00 JPY spend"},{"before":{"no":1,"flow":{"id":"cociv-loop","version":1,"hash":"975eb5358293f5dabc4113996106e404a675a1b2cb14d33a7acedddcb68ce180"},"phase":"do","phase_started_at":"2026-11-28T09:09:34.8925364+00:00","phase_deadline":"2026-12-02T09:09:34.8925364+00:00","epoch":4,"asker":"playground:ann","asker_handle":"ann","ask":"Need a ride to the clinic before 5pm https://clinic.example/hours","opened_at":"2026-11-28T09:09:34.8925364+00:00","thread_chat":{"channel":"playground","chat_id":"group"},"steward":"playground:dan","builders":["playground:eve"],"options":[{"number":1,"text":"Eve drives at 4","proposed_by":"playground:eve","proposed_by_handle":"eve"},{"number":2,"text":"Fay drives at 4:30","proposed_by":"playground:fay","proposed_by_handle":"fay"}],"decision":"Eve drives at 4","supporters":[],"checks":[],"spent_total":6.40,"spend_currency":"USD","audit_nudges":0,"undo":[],"asked_privately":false},"receipt_seq":11,"description":"reporting done"}],"asked_privately":false}],"next_loop_no":2,"assignments":3,"head":{"seq":12,"hash":"2f70aed6f2e63c1a6b803311446256e7c116e65ce8db83f9c5a5f29c0df7be00"},"receipt_cursors":{}}',16,1795856974892);
CREATE TABLE chats (
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) DEFERRABLE INITIALLY DEFERRED,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (channel, chat_id)
) WITHOUT ROWID;
INSERT INTO chats VALUES('playground','group','playground:group',1795856974892);
CREATE TABLE member_contacts (
    member_id TEXT NOT NULL PRIMARY KEY,
    dm_channel TEXT NOT NULL,
    dm_chat_id TEXT NOT NULL,
    reachable INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO member_contacts VALUES('playground:ann','playground','dm:ann',1,1795856974892);
INSERT INTO member_contacts VALUES('playground:dan','playground','dm:dan',1,1795856974892);
INSERT INTO member_contacts VALUES('playground:eve','playground','dm:eve',1,1795856974892);
INSERT INTO member_contacts VALUES('playground:fay','playground','dm:fay',1,1795856974892);
CREATE TABLE member_groups (
    member_id TEXT NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) DEFERRABLE INITIALLY DEFERRED,
    last_seen INTEGER NOT NULL,
    PRIMARY KEY (member_id, group_id)
) WITHOUT ROWID;
INSERT INTO member_groups VALUES('playground:ann','playground:group',1795856974892);
INSERT INTO member_groups VALUES('playground:dan','playground:group',1795856974892);
INSERT INTO member_groups VALUES('playground:eve','playground:group',1795856974892);
INSERT INTO member_groups VALUES('playground:fay','playground:group',1795856974892);
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
INSERT INTO receipts VALUES('playground:group',1,1,'ask',1795856974892,'ann','Need a ride to the clinic before 5pm https://clinic.example/hours',NULL,NULL,'["https://clinic.example/hours"]','0000000000000000000000000000000000000000000000000000000000000000','24749cfa6d5ed2a7aa5a64ecc4c4707657120d57e4a86cd836b060254da99127');
INSERT INTO receipts VALUES('playground:group',2,1,'role',1795856974892,'CivBot','dan is steward of #1 (rotation)',NULL,NULL,'[]','24749cfa6d5ed2a7aa5a64ecc4c4707657120d57e4a86cd836b060254da99127','4755dc4dca0022bc28fdd95d4ca56370f867fe9261d16cfc876eafb7e4d48167');
INSERT INTO receipts VALUES('playground:group',3,1,'progress',1795856974892,'dan','Moved #1 from listen to deliberate',NULL,NULL,'[]','4755dc4dca0022bc28fdd95d4ca56370f867fe9261d16cfc876eafb7e4d48167','3a8cc18b1fbbc6bfb75c48b34b5cf0227e7cc8a8cadbd3c7a96397b7a7d85179');
INSERT INTO receipts VALUES('playground:group',4,1,'option',1795856974892,'eve','Option 1: Eve drives at 4',NULL,NULL,'[]','3a8cc18b1fbbc6bfb75c48b34b5cf0227e7cc8a8cadbd3c7a96397b7a7d85179','6412a054a26016575857213d4381cf23eb0eb916bd24f3e9c2d99d2e2cc40fc9');
INSERT INTO receipts VALUES('playground:group',5,1,'option',1795856974892,'fay','Option 2: Fay drives at 4:30',NULL,NULL,'[]','6412a054a26016575857213d4381cf23eb0eb916bd24f3e9c2d99d2e2cc40fc9','593f5b2bebb978ce102de1f9b03b3bab82b0ac31fb5e2ea48a94342892d33b4f');
INSERT INTO receipts VALUES('playground:group',6,1,'vote-opened',1795856974892,'dan','Vote opened: single choice vote on 2 option(s); closes 2026-11-29T09:09:34.892Z; quorum 2',NULL,NULL,'[]','593f5b2bebb978ce102de1f9b03b3bab82b0ac31fb5e2ea48a94342892d33b4f','2854e571bcf4fa28ae809cb02d56e23b5d095ea83d33172bf9ba3705e9bb97b3');
INSERT INTO receipts VALUES('playground:group',7,1,'decision',1795856974892,'CivBot','Decided: option 1, Eve drives at 4 (4 of 4 vote(s); everyone voted)',NULL,NULL,'[]','2854e571bcf4fa28ae809cb02d56e23b5d095ea83d33172bf9ba3705e9bb97b3','7630024f51706414d2f7b2498a0ca3bfeae4617900dc4b595322500d95d88e89');
INSERT INTO receipts VALUES('playground:group',8,1,'claim',1795856974892,'eve','eve claimed #1',NULL,NULL,'[]','7630024f51706414d2f7b2498a0ca3bfeae4617900dc4b595322500d95d88e89','80a83b00a722ee30bf44a5b4c4e6445532dfb1d04632a0e33d23b502cd911be0');
INSERT INTO receipts VALUES('playground:group',9,1,'spend',1795856974892,'eve','gas','6.40','USD','[]','80a83b00a722ee30bf44a5b4c4e6445532dfb1d04632a0e33d23b502cd911be0','95aedd3a4b535ad9d251f66e69116d9c0039b83ab437537c51680a31431684aa');
INSERT INTO receipts VALUES('playground:group',10,1,'spend',1795856974892,'eve','parking','500','JPY','[]','95aedd3a4b535ad9d251f66e69116d9c0039b83ab437537c51680a31431684aa','fa36f60408cf070b770355352516e338fac195de44d95e0a7201332a010cedb7');
INSERT INTO receipts VALUES('playground:group',11,1,'done',1795856974892,'eve','Drove her there at 4:40',NULL,NULL,'[]','fa36f60408cf070b770355352516e338fac195de44d95e0a7201332a010cedb7','b0a65ed460a9cd2d8812bcf0168a3cb750b49fc0e66bbf62fe5a179de331f56b');
INSERT INTO receipts VALUES('playground:group',12,1,'role',1795856974892,'CivBot','fay is auditor of #1 (rotation)',NULL,NULL,'[]','b0a65ed460a9cd2d8812bcf0168a3cb750b49fc0e66bbf62fe5a179de331f56b','2f70aed6f2e63c1a6b803311446256e7c116e65ce8db83f9c5a5f29c0df7be00');
CREATE TABLE inbox (
    channel TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    group_id TEXT NULL,
    received_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (channel, platform_id)
) WITHOUT ROWID;
INSERT INTO inbox VALUES('playground','1795856974892-1-bfb6815b921944a497647a615b2670e8','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-10-de8a49d2a3f24c0894030e6343d7e029','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-11-a1b10e631d6943349ff412022cb1942f','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-12-4c2f1f2eeb7b498285d9f8c6047c80e0','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-13-f50e0e2e115b47f09dc0a03724d3da4e','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-14-c13c94fbb234437195e76264cd07a40a','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-15-4e848f42b8ac4c22a4b08f29ca718104','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-16-649f8e6a243e4f3fa0d5cd7cbb14e601','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-2-3214c845a90d4ce69fdeb50a009a10d9','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-3-e8f9e74f2b6746a48488734d1b9f0f7a','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-4-99367e0a426a40af8a655afa67a1715f','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-5-37ec4ae85ec24144a91fff1dd71de47d','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-6-1e96e4c294b44694b939fa38e2bac469','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-7-c6427d8526994298979d77879eea0714','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-8-2b801225a71c44d1b7eeec1fe332cc46','playground:group',1795856974892,'processed');
INSERT INTO inbox VALUES('playground','1795856974892-9-2daebba1e72b49cab4f834d6f4894f03','playground:group',1795856974892,'processed');
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
, delivery_status TEXT NULL, delivery_error TEXT NULL, fallback_channel TEXT NULL, fallback_chat_id TEXT NULL, fallback_thread_id TEXT NULL);
INSERT INTO outbox VALUES(1,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"\uD83D\uDCE3 New ask #1 from ann: Need a ride to the clinic before 5pm https://clinic.example/hours\nSteward: dan (by rotation). Listen ends in 1d (09:09 UTC). Add context with /add #1, \u002B1 it, or propose an option with /propose #1 \u003Coption\u003E.","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'1',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(2,'playground:group','playground','dm:dan',NULL,1,'playground:dan','dan',NULL,'{"text":"You are the steward of #1: Need a ride to the clinic before 5pm https://clinic.example/hours. Keep it small and fair: /next moves it on, /vote opens the vote, /undo reverts your last move. Can\u0027t do it? /optout steward and tell the group.","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'2',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(3,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"#1 moves to Deliberate (dan moved it on). Propose options with /propose \u003Coption\u003E. dan opens the vote with /vote; otherwise it opens by itself in 1d (09:09 UTC).","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'3',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(4,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"Option 1 for #1 from eve: Eve drives at 4\ndan opens the vote with /vote when the options are in.","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'4',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(5,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"Option 2 for #1 from fay: Fay drives at 4:30\ndan opens the vote with /vote when the options are in.","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'5',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(6,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"\uD83D\uDDF3 Vote on #1 (single choice), closes in 1d (09:09 UTC)\nNeed a ride to the clinic before 5pm https://clinic.example/hours\n1) Eve drives at 4 \u2014 0\n2) Fay drives at 4:30 \u2014 0\n0 of 4 voted \u00B7 quorum 2\nTap a button or type /vote #1 \u003Cnumber\u003E","buttons":[{"label":"1) Eve drives at 4","payload":"v:1:1"},{"label":"2) Fay drives at 4:30","payload":"v:1:2"}],"text_fallback":"Reply 1 or 2"}','vote:1:1795856974','sent',1,1795856974892,1795856974892,1795856974892,'6',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(7,'playground:group','playground','dm:eve',NULL,1,'playground:eve','eve',NULL,'{"text":"Got your vote on #1: 1) Eve drives at 4. You can change it until the vote closes in 1d (09:09 UTC).","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'7',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(8,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"\uD83D\uDDF3 Vote on #1 (single choice), closes in 1d (09:09 UTC)\nNeed a ride to the clinic before 5pm https://clinic.example/hours\n1) Eve drives at 4 \u2014 1\n2) Fay drives at 4:30 \u2014 0\n1 of 4 voted \u00B7 quorum 2\nTap a button or type /vote #1 \u003Cnumber\u003E","buttons":[{"label":"1) Eve drives at 4","payload":"v:1:1"},{"label":"2) Fay drives at 4:30","payload":"v:1:2"}],"text_fallback":"Reply 1 or 2"}','vote:1:1795856974','sent',1,1795856974892,1795856974892,1795856974892,'8',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(9,'playground:group','playground','dm:fay',NULL,1,'playground:fay','fay',NULL,'{"text":"Got your vote on #1: 1) Eve drives at 4. You can change it until the vote closes in 1d (09:09 UTC).","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'9',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(10,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"\uD83D\uDDF3 Vote on #1 (single choice), closes in 1d (09:09 UTC)\nNeed a ride to the clinic before 5pm https://clinic.example/hours\n1) Eve drives at 4 \u2014 2\n2) Fay drives at 4:30 \u2014 0\n2 of 4 voted \u00B7 quorum 2\nTap a button or type /vote #1 \u003Cnumber\u003E","buttons":[{"label":"1) Eve drives at 4","payload":"v:1:1"},{"label":"2) Fay drives at 4:30","payload":"v:1:2"}],"text_fallback":"Reply 1 or 2"}','vote:1:1795856974','sent',1,1795856974892,1795856974892,1795856974892,'10',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(11,'playground:group','playground','dm:ann',NULL,1,'playground:ann','ann',NULL,'{"text":"Got your vote on #1: 1) Eve drives at 4. You can change it until the vote closes in 1d (09:09 UTC).","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'11',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(12,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"\uD83D\uDDF3 Vote on #1 (single choice), closes in 1d (09:09 UTC)\nNeed a ride to the clinic before 5pm https://clinic.example/hours\n1) Eve drives at 4 \u2014 3\n2) Fay drives at 4:30 \u2014 0\n3 of 4 voted \u00B7 quorum 2\nTap a button or type /vote #1 \u003Cnumber\u003E","buttons":[{"label":"1) Eve drives at 4","payload":"v:1:1"},{"label":"2) Fay drives at 4:30","payload":"v:1:2"}],"text_fallback":"Reply 1 or 2"}','vote:1:1795856974','sent',1,1795856974892,1795856974892,1795856974892,'12',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(13,'playground:group','playground','dm:dan',NULL,1,'playground:dan','dan',NULL,'{"text":"Got your vote on #1: 1) Eve drives at 4. You can change it until the vote closes in 1d (09:09 UTC).","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'13',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(14,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"\uD83D\uDDF3 Vote on #1 (single choice), closes in 1d (09:09 UTC)\nNeed a ride to the clinic before 5pm https://clinic.example/hours\n1) Eve drives at 4 \u2014 4\n2) Fay drives at 4:30 \u2014 0\n4 of 4 voted \u00B7 quorum 2\nTap a button or type /vote #1 \u003Cnumber\u003E","buttons":[{"label":"1) Eve drives at 4","payload":"v:1:1"},{"label":"2) Fay drives at 4:30","payload":"v:1:2"}],"text_fallback":"Reply 1 or 2"}','vote:1:1795856974','sent',1,1795856974892,1795856974892,1795856974892,'14',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(15,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"\uD83D\uDDF3 Vote closed on #1 (single choice)\nNeed a ride to the clinic before 5pm https://clinic.example/hours\n1) Eve drives at 4 \u2014 4\n2) Fay drives at 4:30 \u2014 0\n4 of 4 voted \u00B7 quorum 2","buttons":[]}','vote:1:1795856974','sent',1,1795856974892,1795856974892,1795856974892,'15',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(16,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"Decision on #1: Eve drives at 4","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'16',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(17,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"#1 moves to Do: Eve drives at 4. Who will do it? /claim to volunteer. If nobody claims in 1d (09:09 UTC), I\u0027ll pick someone by rotation. Record costs with /spend \u003Camount\u003E \u003Ccurrency\u003E \u003Cwhat\u003E; deadline in 4d (Wed Dec 2 09:09 UTC).","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'17',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(18,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"\uD83D\uDD28 eve is building #1: Eve drives at 4. Record costs with /spend and finish with /done \u003Coutcome\u003E.","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'18',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(19,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"\uD83D\uDCB8 eve spent 6.40 USD on #1: gas. Total so far: 6.40 USD.","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'19',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(20,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"\uD83D\uDCB8 eve spent 500.00 JPY on #1: parking.","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'20',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(21,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"\u2714\uFE0F eve reports #1 done: Drove her there at 4:40","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'21',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(22,'playground:group','playground','group',NULL,0,NULL,NULL,NULL,'{"text":"\uD83D\uDD0E #1 moves to Audit. fay checks the receipts and the outcome, then /audit ok \u003Cnote\u003E or /audit flag \u003Cwhat is wrong\u003E.","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'22',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO outbox VALUES(23,'playground:group','playground','dm:fay',NULL,1,'playground:fay','fay',NULL,'{"text":"You are the auditor of #1: Need a ride to the clinic before 5pm https://clinic.example/hours\nLook over /receipts #1.\nThen reply /audit #1 ok \u003Cnote\u003E or /audit #1 flag \u003Cwhat is wrong\u003E.","buttons":[]}',NULL,'sent',1,1795856974892,1795856974892,1795856974892,'23',NULL,NULL,NULL,'playground','group',NULL);
CREATE TABLE timers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id TEXT NOT NULL REFERENCES groups (id) DEFERRABLE INITIALLY DEFERRED,
    due_at INTEGER NOT NULL,
    spec_json TEXT NOT NULL,
    fired INTEGER NOT NULL DEFAULT 0
);
INSERT INTO timers VALUES(1,'playground:group',1795943374892,'{"due_at":"2026-11-29T09:09:34.8925364+00:00","kind":"phase_deadline","loop":1,"epoch":1,"attempt":0}',0);
INSERT INTO timers VALUES(2,'playground:group',1795943374892,'{"due_at":"2026-11-29T09:09:34.8925364+00:00","kind":"phase_deadline","loop":1,"epoch":2,"attempt":0}',0);
INSERT INTO timers VALUES(3,'playground:group',1795943374892,'{"due_at":"2026-11-29T09:09:34.8925364+00:00","kind":"vote_deadline","loop":1,"epoch":3,"attempt":0}',0);
INSERT INTO timers VALUES(4,'playground:group',1795921774892,'{"due_at":"2026-11-29T03:09:34.8925364+00:00","kind":"vote_reminder","loop":1,"epoch":3,"attempt":0}',0);
INSERT INTO timers VALUES(5,'playground:group',1796202574892,'{"due_at":"2026-12-02T09:09:34.8925364+00:00","kind":"phase_deadline","loop":1,"epoch":4,"attempt":0}',0);
INSERT INTO timers VALUES(6,'playground:group',1795943374892,'{"due_at":"2026-11-29T09:09:34.8925364+00:00","kind":"builder_pick","loop":1,"epoch":4,"attempt":0}',0);
INSERT INTO timers VALUES(7,'playground:group',1795900174892,'{"due_at":"2026-11-28T21:09:34.8925364+00:00","kind":"audit_nudge","loop":1,"epoch":5,"attempt":1}',0);
CREATE TABLE flow_versions (
    hash TEXT NOT NULL PRIMARY KEY,
    flow_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    file TEXT NOT NULL,
    yaml TEXT NOT NULL,
    first_seen INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO flow_versions VALUES('1935d245467d714fadad5daf37c163cc737108799a33dbd2bd650654f6f2cdfd','urgent-ride',1,'/tmp/civbot-old/src/CivBot/bin/Debug/net10.0/flows/urgent-ride.yaml',replace('# yaml-language-server: $schema=./flow.schema.json\n# For asks measured in minutes (a ride before the clinic closes): start to finish within an hour.\nid: urgent-ride\nversion: 1\ntitle: Urgent ride\ndescription: >\n  A minutes-scale loop for an urgent ask: a quick vote between offers, one driver,\n  and an audit afterwards so the spend and the outcome still get independent eyes.\n\nphases:\n  - id: listen\n    kind: listen\n    duration: 10m\n  - id: deliberate\n    kind: deliberate\n    duration: 10m\n    vote:\n      kind: single\n      duration: 10m\n      quorum: 2\n      reminder_before: 5m\n      on_no_quorum: closed  # no time to go round again; the asker is told plainly instead\n  - id: do\n    kind: do\n    duration: 30m\n    builders:\n      max: 1                # one driver; a second would only cause confusion\n      pick_after: 5m\n  - id: audit\n    kind: audit\n    duration: 1h            # the audit can run after the ride itself is over\n    audit:\n      first_nudge_after: 10m\n      backoff: 2\n      max_nudges: 3\n      on_flag: do\n\npermissions:\n  # The asker knows best when the need has moved on, so they may open the vote and move the loop along too.\n  open_vote: [steward, asker]\n  next: [steward, asker]\n','\n',char(10)),1795856974892);
INSERT INTO flow_versions VALUES('6fe9f768ea1c7c787aec2509a61b6a729d1d734465eb3a6354cd9fe6303e807d','listing-check',1,'/tmp/civbot-old/src/CivBot/bin/Debug/net10.0/flows/listing-check.yaml',replace('# yaml-language-server: $schema=./flow.schema.json\n# Many members each check a few clinic listings; the audit samples their checks before closing.\nid: listing-check\nversion: 1\ntitle: Listing checks\ndescription: >\n  Members each submit a quota of quick checks (text or a photo link) of clinic listings\n  within two days. The bot keeps a tally, nudges those short of their quota, and an\n  auditor samples the checks before the closing receipt.\n\nphases:\n  - id: listen\n    kind: listen\n    duration: 2h            # enough to agree which listings to check, short enough to keep momentum\n  - id: check\n    kind: collect\n    duration: 2d\n    collect:\n      quota: 3              # a few checks each: quick to do, and enough to cross-check\n      remind_before: 12h\n  - id: audit\n    kind: audit\n    duration: 1d\n    audit:\n      first_nudge_after: 6h\n      sample: 5             # sampling five checks catches sloppy work without redoing it all\n      on_flag: check        # a bad sample sends members back to check again\n','\n',char(10)),1795856974892);
INSERT INTO flow_versions VALUES('975eb5358293f5dabc4113996106e404a675a1b2cb14d33a7acedddcb68ce180','cociv-loop',1,'/tmp/civbot-old/src/CivBot/bin/Debug/net10.0/flows/cociv-loop.yaml',replace('# yaml-language-server: $schema=./flow.schema.json\n# The default loop: the one-week microproject from the CoCivium playbook.\n# Listen day 0-1, Deliberate day 1-2, Do day 3-6, Audit day 7.\nid: cociv-loop\nversion: 1\ntitle: CoCiv loop\ndescription: >\n  One small, urgent problem in one week: listen to the ask, decide together,\n  build a small pilot, and have someone independent check it before it closes.\n\nphases:\n  - id: listen\n    kind: listen\n    duration: 1d           # long enough for people in every time zone to add context\n  - id: deliberate\n    kind: deliberate\n    duration: 1d\n    vote:\n      kind: single\n      duration: 1d\n      quorum: 2            # two ballots: the smallest decision that is not one person''s call\n      reminder_before: 6h  # nudge non-voters while there is still time\n      on_no_quorum: listen # too few voices usually means the ask needs more context\n  - id: do\n    kind: do\n    duration: 4d\n    builders:\n      max: 3               # small crews keep the pilot small and accountable\n      pick_after: 1d       # if nobody claims within a day, rotation picks a builder\n  - id: audit\n    kind: audit\n    duration: 1d\n    audit:\n      first_nudge_after: 12h\n      backoff: 2\n      max_nudges: 3\n      on_flag: do          # a flagged outcome goes back to the builders to fix, not straight to rollback\n','\n',char(10)),1795856974892);
CREATE TABLE meta (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta VALUES('playground.clock','2026-11-28T09:09:34.8925364+00:00');
CREATE TABLE join_codes (
    code TEXT NOT NULL PRIMARY KEY,
    group_id TEXT NOT NULL,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE contact_optouts (
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (channel, chat_id)
) WITHOUT ROWID;
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('timers',7);
CREATE INDEX ix_chats_group ON chats (group_id);
CREATE INDEX ix_member_groups_recent ON member_groups (member_id, last_seen);
CREATE INDEX ix_receipts_loop ON receipts (group_id, loop_no, seq);
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN
    SELECT RAISE(ABORT, 'receipts are append-only');
END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
BEGIN
    SELECT RAISE(ABORT, 'receipts are append-only');
END;
CREATE INDEX ix_outbox_pending ON outbox (id) WHERE status = 'pending';
CREATE INDEX ix_outbox_chat ON outbox (channel, chat_id, edit_key, id) WHERE edit_key IS NOT NULL;
CREATE INDEX ix_timers_due ON timers (fired, due_at);
CREATE UNIQUE INDEX ix_join_codes_group ON join_codes (group_id);
CREATE INDEX ix_outbox_platform ON outbox (channel, platform_message_id) WHERE platform_message_id IS NOT NULL;
CREATE INDEX ix_outbox_pending_chat ON outbox (channel, chat_id) WHERE status = 'pending';
COMMIT;
