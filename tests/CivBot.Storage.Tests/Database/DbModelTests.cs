namespace CivBot.Storage.Tests.Database;

using CivBot.Storage.Database;
using CivBot.Storage.FlowVersions;
using CivBot.Storage.Groups;
using CivBot.Storage.Inbox;
using CivBot.Storage.Members;
using CivBot.Storage.Meta;
using CivBot.Storage.Outbox;
using CivBot.Storage.Receipts;
using CivBot.Storage.Tests.Support;
using CivBot.Storage.Timers;
using Microsoft.EntityFrameworkCore;

public abstract class DbModelTests(StorageProvider provider) : IAsyncLifetime
{
    private TempDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TempDatabase.CreateAsync(provider);

    public Task DisposeAsync()
    {
        _db.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_entity_maps_to_exactly_the_columns_of_its_migrated_table()
    {
        await using var harness = await StorageHarness.StartAsync(_db);
        await using var db = harness.Db();

        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var modelColumns = entity
                .GetProperties()
                .Select(p => p.GetColumnName())
                .Order(StringComparer.Ordinal)
                .ToList();
            var tableColumns = _db.Column(
                provider == StorageProvider.Postgres
                    ? "SELECT column_name FROM information_schema.columns "
                        + $"WHERE table_schema = current_schema() AND table_name = '{table}'"
                    : $"SELECT name FROM pragma_table_info('{table}') ORDER BY name"
            );
            Assert.True(tableColumns.Count > 0, $"table {table} is missing");
            Assert.Equal(tableColumns.Order(StringComparer.Ordinal), modelColumns);
            var modelKey = entity
                .FindPrimaryKey()!
                .Properties.Select(p => p.GetColumnName())
                .ToList();
            if (provider == StorageProvider.Postgres)
            {
                // PostgreSQL is typed: every column has exactly the type EF reads and writes it as.
                var tableTypes = _db.Column(
                    "SELECT column_name || ':' || data_type FROM information_schema.columns "
                        + $"WHERE table_schema = current_schema() AND table_name = '{table}'"
                );
                var modelTypes = entity
                    .GetProperties()
                    .Select(p => p.GetColumnName() + ":" + p.GetColumnType());
                Assert.Equal(
                    modelTypes.Order(StringComparer.Ordinal),
                    tableTypes.Order(StringComparer.Ordinal)
                );
                Assert.Equal(
                    modelKey,
                    _db.Column(
                        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                            + "AND a.attnum = ANY (i.indkey) "
                            + $"WHERE i.indrelid = '{table}'::regclass AND i.indisprimary "
                            + "ORDER BY array_position(i.indkey::int2[], a.attnum)"
                    )
                );
                continue;
            }
            var tableKey = _db.Column(
                $"SELECT name FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk"
            );
            if (tableKey.Count == 0)
            {
                // A rowid table whose natural key is a UNIQUE constraint (receipts): EF's key is that constraint.
                tableKey = _db.Column(
                    $"SELECT ii.name FROM pragma_index_list('{table}') AS il, pragma_index_info(il.name) AS ii "
                        + "WHERE il.\"unique\" = 1 AND il.origin = 'u' ORDER BY ii.seqno"
                );
            }
            Assert.Equal(tableKey, modelKey);
        }
    }

    [Fact]
    public async Task Every_entity_is_written_and_read_back_through_EF()
    {
        await using var harness = await StorageHarness.StartAsync(_db);
        await using (var db = harness.Db())
        {
            db.Groups.Add(
                new GroupEntity
                {
                    Id = "g",
                    StateJson = "{\"id\":\"g\"}",
                    Version = 7,
                    UpdatedAt = 11,
                }
            );
            db.Chats.Add(
                new ChatEntity
                {
                    Channel = "discord",
                    ChatId = "c1",
                    GroupId = "g",
                    CreatedAt = 12,
                }
            );
            db.MemberContacts.Add(
                new MemberContactEntity
                {
                    MemberId = "m",
                    DmChannel = "sms",
                    DmChatId = "dm",
                    Reachable = true,
                    UpdatedAt = 13,
                }
            );
            db.MemberGroups.Add(
                new MemberGroupEntity
                {
                    MemberId = "m",
                    GroupId = "g",
                    LastSeen = 14,
                }
            );
            db.Receipts.Add(
                new ReceiptEntity
                {
                    GroupId = "g",
                    Seq = 1,
                    LoopNo = 2,
                    Kind = "spend",
                    At = 15,
                    Actor = "ann",
                    Summary = "gas",
                    Amount = "12.50",
                    Currency = "USD",
                    EvidenceJson = "[\"x\"]",
                    PrevHash = "p",
                    Hash = "h",
                }
            );
            db.Inbox.Add(
                new InboxEntity
                {
                    Channel = "discord",
                    PlatformId = "i1",
                    GroupId = "g",
                    ReceivedAt = 16,
                    Status = InboxStatus.Failed,
                }
            );
            db.Outbox.Add(
                new OutboxEntity
                {
                    GroupId = "g",
                    Channel = "discord",
                    ChatId = "c1",
                    ThreadId = "t",
                    IsDirect = true,
                    MemberId = "m",
                    RecipientHandle = "ann",
                    MentionHandle = "bob",
                    ReplyJson = "{}",
                    EditKey = "k",
                    Status = OutboxStatus.Sent,
                    Attempts = 2,
                    NextAttemptAt = 17,
                    CreatedAt = 18,
                    SentAt = 19,
                    PlatformMessageId = "pm",
                    LastError = "e",
                }
            );
            db.Timers.Add(
                new TimerEntity
                {
                    GroupId = "g",
                    DueAt = 20,
                    SpecJson = "{}",
                    Fired = true,
                }
            );
            db.FlowVersions.Add(
                new FlowVersionEntity
                {
                    Hash = "fh",
                    FlowId = "f",
                    Version = 3,
                    File = "flows/f.yaml",
                    Yaml = "id: f",
                    FirstSeen = 21,
                }
            );
            db.Meta.Add(new MetaEntity { Key = "k", Value = "v" });
            db.LinkCodes.Add(
                new LinkCodeEntity
                {
                    Code = "ABCDEFGHJK",
                    GroupId = "g",
                    ExpiresAt = 22,
                }
            );
            await db.SaveChangesAsync();
        }

        await using var read = harness.Db();
        Assert.Equal(7, (await read.Groups.SingleAsync()).Version);
        Assert.Equal("g", (await read.Chats.SingleAsync()).GroupId);
        Assert.True((await read.MemberContacts.SingleAsync()).Reachable);
        Assert.Equal(14, (await read.MemberGroups.SingleAsync()).LastSeen);
        var receipt = await read.Receipts.SingleAsync();
        Assert.Equal(
            (2, "12.50", "[\"x\"]"),
            (receipt.LoopNo!.Value, receipt.Amount!, receipt.EvidenceJson)
        );
        Assert.Equal(InboxStatus.Failed, (await read.Inbox.SingleAsync()).Status);
        var outbox = await read.Outbox.SingleAsync();
        Assert.True(outbox.Id > 0);
        Assert.Equal(
            (true, "pm", 19L, "k"),
            (outbox.IsDirect, outbox.PlatformMessageId!, outbox.SentAt!.Value, outbox.EditKey!)
        );
        Assert.True((await read.Timers.SingleAsync()).Fired);
        Assert.Equal("id: f", (await read.FlowVersions.SingleAsync()).Yaml);
        Assert.Equal("v", (await read.Meta.SingleAsync()).Value);
        Assert.Equal(22, (await read.LinkCodes.SingleAsync()).ExpiresAt);
        Assert.Equal(
            CivBot
                .Storage.Migrations.MigrationSet.Embedded(provider)
                .Scripts.Select(m => m.Version),
            await read.SchemaMigrations.OrderBy(m => m.Version).Select(m => m.Version).ToListAsync()
        );
        // Stored as the schema says: booleans as 0/1 integers (SQLite) or booleans, times as integers.
        Assert.Equal(1, _db.Scalar("SELECT is_direct FROM outbox"));
        Assert.Equal(
            provider == StorageProvider.Postgres ? "bigint" : "integer",
            _db.Column(
                    provider == StorageProvider.Postgres
                        ? "SELECT pg_typeof(at)::text FROM receipts"
                        : "SELECT typeof(at) FROM receipts"
                )
                .Single()
        );
    }

    [Fact]
    public async Task Receipts_cannot_be_updated_or_deleted_through_the_app()
    {
        await using var harness = await StorageHarness.StartAsync(_db);
        _db.Execute(
            "INSERT INTO groups VALUES ('g', '{}', 1, 0);"
                + "INSERT INTO receipts (group_id, seq, loop_no, kind, at, actor, summary, amount, currency, evidence_json, prev_hash, hash) "
                + "VALUES ('g', 1, NULL, 'ask', 0, 'ann', 's', NULL, NULL, '[]', 'p', 'h');"
        );

        var update = Assert.ThrowsAny<Exception>(() =>
            _db.Execute("UPDATE receipts SET summary = 'x'")
        );
        Assert.ThrowsAny<System.Data.Common.DbException>(() => _db.Execute("DELETE FROM receipts"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
    }
}

public sealed class DbModelTestsOnSqlite() : DbModelTests(StorageProvider.Sqlite);

public sealed class DbModelTestsOnPostgres() : DbModelTests(StorageProvider.Postgres);
