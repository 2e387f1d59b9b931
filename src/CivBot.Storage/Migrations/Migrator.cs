namespace CivBot.Storage.Migrations;

using System.Globalization;
using CivBot.Storage.Database;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

/// <summary>Applies pending hand-written SQL scripts in order, each in its own transaction with its version record.</summary>
public sealed class Migrator(
    SqliteConnectionFactory connections,
    MigrationSet migrations,
    TimeProvider time,
    ILogger<Migrator> logger
)
{
    /// <summary>Brings the schema up to date; returns how many scripts ran.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            null,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);",
            cancellationToken
        );
        var current = await CurrentVersionAsync(connection, cancellationToken);
        if (current > migrations.Latest)
            throw new SchemaTooNewException(current, migrations.Latest);

        var applied = 0;
        foreach (var script in migrations.Scripts.Where(s => s.Version > current))
        {
            // BEGIN IMMEDIATE (the default here): a second process starting at the same time waits, then sees the
            // version recorded and skips the script instead of running it twice.
            await using var transaction = (SqliteTransaction)
                await connection.BeginTransactionAsync(cancellationToken);
            if (
                await CurrentVersionAsync(connection, cancellationToken, transaction)
                >= script.Version
            )
                continue;
            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText =
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $a);";
                record.Parameters.AddWithValue("$v", script.Version);
                record.Parameters.AddWithValue("$n", script.Name);
                record.Parameters.AddWithValue(
                    "$a",
                    time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)
                );
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
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
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var exists = connection.CreateCommand();
        exists.CommandText =
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations';";
        if (
            Convert.ToInt64(
                await exists.ExecuteScalarAsync(cancellationToken),
                CultureInfo.InvariantCulture
            ) == 0
        )
            return 0;
        return await CurrentVersionAsync(connection, cancellationToken);
    }

    private static async Task<int> CurrentVersionAsync(
        SqliteConnection connection,
        CancellationToken cancellationToken,
        SqliteTransaction? transaction = null
    )
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations;";
        return Convert.ToInt32(
            await command.ExecuteScalarAsync(cancellationToken),
            CultureInfo.InvariantCulture
        );
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        CancellationToken cancellationToken
    )
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
