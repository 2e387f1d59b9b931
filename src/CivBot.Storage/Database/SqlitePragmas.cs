namespace CivBot.Storage.Database;

using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

/// <summary>The pragmas every connection gets. Only journal_mode is stored in the file; the rest are per connection.</summary>
internal static class SqlitePragmas
{
    public static string Text(StorageOptions options)
    {
        var synchronous = options.Synchronous.Trim().ToUpperInvariant();
        if (!StorageOptions.SynchronousModes.Contains(synchronous))
            throw new InvalidOperationException(
                $"Storage:Synchronous must be one of {string.Join(", ", StorageOptions.SynchronousModes)}, not '{options.Synchronous}'."
            );
        // busy_timeout first, so that switching to WAL waits for another process instead of failing at once.
        return $"PRAGMA busy_timeout=5000; PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint=10000;";
    }

    // The physical connections (SQLite handles, which a pooled SqliteConnection hands from one opening to the next)
    // that already run with a given pragma text. Every setting here lasts for the handle's life, and nothing in CivBot
    // changes one afterwards, so a handle reused from the pool is not given them again: before this every pooled open
    // (each outbox claim and result, each EF operation) parsed and ran five pragmas, inside the write gate for the
    // outbox's writes (docs/performance.md).
    private static readonly ConditionalWeakTable<object, string> Applied = new();

    public static void Apply(DbConnection connection, string pragmas)
    {
        if (AlreadyApplied(connection, pragmas))
            return;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = pragmas;
            command.ExecuteNonQuery();
        }
        Remember(connection, pragmas);
    }

    public static async Task ApplyAsync(
        DbConnection connection,
        string pragmas,
        CancellationToken cancellationToken
    )
    {
        if (AlreadyApplied(connection, pragmas))
            return;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        Remember(connection, pragmas);
    }

    private static bool AlreadyApplied(DbConnection connection, string pragmas) =>
        connection is SqliteConnection { Handle: { } handle }
        && Applied.TryGetValue(handle, out var applied)
        && string.Equals(applied, pragmas, StringComparison.Ordinal);

    private static void Remember(DbConnection connection, string pragmas)
    {
        if (connection is SqliteConnection { Handle: { } handle })
            Applied.AddOrUpdate(handle, pragmas);
    }
}
