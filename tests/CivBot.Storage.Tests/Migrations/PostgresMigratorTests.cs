namespace CivBot.Storage.Tests.Migrations;

using CivBot.Storage.Database;
using CivBot.Storage.Migrations;
using CivBot.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

/// <summary>PostgreSQL's own migration set, applied the same way as SQLite's.</summary>
public sealed class PostgresMigratorTests : IAsyncLifetime, IDisposable
{
    private TempDatabase _db = null!;
    private PostgresConnectionFactory _connections = null!;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(StorageProvider.Postgres);
        _connections = new PostgresConnectionFactory(
            Options.Create(new StorageOptions { Postgres = _db.Postgres })
        );
    }

    public Task DisposeAsync()
    {
        _db.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _connections.Dispose();

    private Migrator MigratorWith(MigrationSet scripts) =>
        new(_connections, scripts, new ManualTimeProvider(), NullLogger<Migrator>.Instance);

    private static readonly MigrationSet Shipped = MigrationSet.Embedded(StorageProvider.Postgres);

    [Fact]
    public async Task Instances_starting_at_once_apply_each_script_exactly_once()
    {
        var applied = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(_ => MigratorWith(Shipped).MigrateAsync(default))
        );

        Assert.Equal(Shipped.Scripts.Count, applied.Sum());
        Assert.Equal(Shipped.Latest, await MigratorWith(Shipped).CurrentVersionAsync(default));
        Assert.Equal(Shipped.Scripts.Count, _db.Scalar("SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task A_database_newer_than_the_program_is_refused_and_a_failing_script_changes_nothing()
    {
        var next = Shipped.Latest + 1;
        await MigratorWith(
                new MigrationSet([
                    .. Shipped.Scripts,
                    new MigrationScript(
                        next,
                        "note",
                        "ALTER TABLE meta ADD COLUMN note text NULL;"
                    ),
                ])
            )
            .MigrateAsync(default);

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() =>
            MigratorWith(Shipped).MigrateAsync(default)
        );
        await Assert.ThrowsAnyAsync<Exception>(() =>
            MigratorWith(
                    new MigrationSet([
                        .. Shipped.Scripts,
                        new MigrationScript(
                            next,
                            "note",
                            "ALTER TABLE meta ADD COLUMN note text NULL;"
                        ),
                        new MigrationScript(
                            next + 1,
                            "broken",
                            "ALTER TABLE meta ADD COLUMN x text; SELECT * FROM no_such_table;"
                        ),
                    ])
                )
                .MigrateAsync(default)
        );

        Assert.Equal(next, error.DatabaseVersion);
        Assert.Equal(next, _db.Scalar("SELECT max(version) FROM schema_migrations"));
        Assert.Equal(
            0,
            _db.Scalar(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'meta' AND column_name = 'x'"
            )
        );
    }
}
