namespace CivBot.Storage.Migrations;

using System.Data.Common;
using System.Globalization;
using CivBot.Storage.Database;
using Microsoft.Extensions.Logging;

/// <summary>
/// Applies pending hand-written SQL scripts (the provider's own set) in order, each in its own transaction with its
/// version record. Several processes starting at once are safe: SQLite's BEGIN IMMEDIATE, PostgreSQL's transaction-scoped
/// advisory lock, make them take turns, and each re-reads the version before running a script.
/// </summary>
public sealed class Migrator(
    DbConnections connections,
    MigrationSet migrations,
    TimeProvider time,
    ILogger<Migrator> logger
)
{
    // Any constant both sides agree on: the migration lock's key in PostgreSQL's advisory lock space.
    private const long MigrationLock = 0x43697642_6F744D67; // "CivBotMg"

    /// <summary>Brings the schema up to date; returns how many scripts ran.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.ConnectAsync(cancellationToken);
        await using (var setup = await BeginAsync(connection, cancellationToken))
        {
            await ExecuteAsync(
                connection,
                setup,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);",
                cancellationToken
            );
            await setup.CommitAsync(cancellationToken);
        }
        var current = await CurrentVersionAsync(connection, cancellationToken);
        if (current > migrations.Latest)
            throw new SchemaTooNewException(current, migrations.Latest);

        var applied = 0;
        foreach (var script in migrations.Scripts.Where(s => s.Version > current))
        {
            await using var transaction = await BeginAsync(connection, cancellationToken);
            if (
                await CurrentVersionAsync(connection, cancellationToken, transaction)
                >= script.Version
            )
                continue;
            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
            await using (
                var record = Sql.Command(
                        connection,
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @a);",
                        transaction
                    )
                    .With("v", script.Version)
                    .With("n", script.Name)
                    .With("a", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture))
            )
                await record.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            applied++;
            logger.LogInformation(
                "Applied schema migration {Version} ({Name})",
                script.Version,
                script.Name
            );
        }
        return applied;
    }

    /// <summary>The schema version of the database (0 when nothing was applied).</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.ConnectAsync(cancellationToken);
        await using var exists = Sql.Command(
            connection,
            connections.Provider == StorageProvider.Postgres
                ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations';"
                : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations';"
        );
        if (
            Convert.ToInt64(
                await exists.ExecuteScalarAsync(cancellationToken),
                CultureInfo.InvariantCulture
            ) == 0
        )
            return 0;
        return await CurrentVersionAsync(connection, cancellationToken);
    }

    /// <summary>
    /// SQLite: BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), so a second process waits for the write lock.
    /// PostgreSQL: the migration advisory lock, held until this transaction ends.
    /// </summary>
    private async Task<DbTransaction> BeginAsync(
        DbConnection connection,
        CancellationToken cancellationToken
    )
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (connections.Provider == StorageProvider.Postgres)
            await ExecuteAsync(
                connection,
                transaction,
                $"SELECT pg_advisory_xact_lock({MigrationLock.ToString(CultureInfo.InvariantCulture)});",
                cancellationToken
            );
        return transaction;
    }

    private static async Task<int> CurrentVersionAsync(
        DbConnection connection,
        CancellationToken cancellationToken,
        DbTransaction? transaction = null
    )
    {
        await using var command = Sql.Command(
            connection,
            "SELECT coalesce(max(version), 0) FROM schema_migrations;",
            transaction
        );
        return Convert.ToInt32(
            await command.ExecuteScalarAsync(cancellationToken),
            CultureInfo.InvariantCulture
        );
    }

    private static async Task ExecuteAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        CancellationToken cancellationToken
    )
    {
        await using var command = Sql.Command(connection, sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
