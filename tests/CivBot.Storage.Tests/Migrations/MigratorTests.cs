namespace CivBot.Storage.Tests.Migrations;

using CivBot.Storage.Database;
using CivBot.Storage.Migrations;
using CivBot.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

public sealed class MigratorTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private Migrator MigratorWith(MigrationSet scripts) =>
        new(
            new SqliteConnectionFactory(
                Options.Create(new StorageOptions { DatabasePath = _db.FilePath })
            ),
            scripts,
            new ManualTimeProvider(),
            NullLogger<Migrator>.Instance
        );

    // The shipped scripts plus a test script one version past them.
    private static readonly int Shipped = MigrationSet.Embedded().Latest;

    private static MigrationSet V1AndTestV2() =>
        new([
            .. MigrationSet.Embedded().Scripts,
            new MigrationScript(
                Shipped + 1,
                "meta_note",
                "ALTER TABLE meta ADD COLUMN note TEXT NULL; UPDATE meta SET note = 'kept';"
            ),
        ]);

    [Fact]
    public async Task A_new_database_gets_every_table_and_records_every_version()
    {
        var applied = await MigratorWith(MigrationSet.Embedded()).MigrateAsync(default);

        Assert.Equal(Shipped, applied);
        var tables = _db.Column(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        );
        Assert.Equal(
            [
                "chats",
                "contact_optouts",
                "flow_versions",
                "groups",
                "inbox",
                "join_codes",
                "link_codes",
                "member_contacts",
                "member_groups",
                "meta",
                "outbox",
                "receipts",
                "schema_migrations",
                "timers",
            ],
            tables
        );
        Assert.Equal(
            CivBot
                .Storage.Migrations.MigrationSet.Embedded()
                .Scripts.Select(m => $"{m.Version}:{m.Name}"),
            _db.Column("SELECT version || ':' || name FROM schema_migrations")
        );
        Assert.Equal("wal", _db.Column("PRAGMA journal_mode").Single());
    }

    [Fact]
    public async Task Running_the_migrator_again_applies_nothing()
    {
        await MigratorWith(MigrationSet.Embedded()).MigrateAsync(default);

        var second = await MigratorWith(MigrationSet.Embedded()).MigrateAsync(default);

        Assert.Equal(0, second);
        Assert.Equal(Shipped, _db.Scalar("SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Upgrading_a_v1_database_with_data_to_v2_keeps_the_data()
    {
        await MigratorWith(MigrationSet.Embedded()).MigrateAsync(default);
        _db.Execute(
            "INSERT INTO groups (id, state_json, version, updated_at) VALUES ('g1', '{}', 3, 1);"
                + "INSERT INTO chats VALUES ('telegram', '-1', 'g1', 1);"
                + "INSERT INTO meta (key, value) VALUES ('clock', '2025-03-01');"
        );

        var applied = await MigratorWith(V1AndTestV2()).MigrateAsync(default);

        Assert.Equal(1, applied);
        Assert.Equal(["2025-03-01|kept"], _db.Column("SELECT value || '|' || note FROM meta"));
        Assert.Equal(3, _db.Scalar("SELECT version FROM groups WHERE id = 'g1'"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM chats WHERE group_id = 'g1'"));
        Assert.Equal(Shipped + 1, _db.Scalar("SELECT max(version) FROM schema_migrations"));
    }

    [Fact]
    public async Task A_database_newer_than_the_newest_script_is_refused()
    {
        await MigratorWith(V1AndTestV2()).MigrateAsync(default);

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() =>
            MigratorWith(MigrationSet.Embedded()).MigrateAsync(default)
        );

        Assert.Equal(Shipped + 1, error.DatabaseVersion);
        Assert.Equal(Shipped, error.NewestKnown);
        Assert.Contains("newer CivBot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_script_leaves_the_database_at_the_previous_version()
    {
        await MigratorWith(MigrationSet.Embedded()).MigrateAsync(default);
        var broken = new MigrationSet([
            .. MigrationSet.Embedded().Scripts,
            new MigrationScript(
                Shipped + 1,
                "broken",
                "ALTER TABLE meta ADD COLUMN x TEXT; SELECT * FROM no_such_table;"
            ),
        ]);

        await Assert.ThrowsAnyAsync<Exception>(() => MigratorWith(broken).MigrateAsync(default));

        Assert.Equal(Shipped, _db.Scalar("SELECT max(version) FROM schema_migrations"));
        Assert.Equal(
            0,
            _db.Scalar("SELECT count(*) FROM pragma_table_info('meta') WHERE name = 'x'")
        );
    }

    [Fact]
    public void Script_versions_must_not_have_gaps()
    {
        Assert.Throws<InvalidOperationException>(() =>
            new MigrationSet([new MigrationScript(1, "a", ""), new MigrationScript(3, "c", "")])
        );
    }
}
