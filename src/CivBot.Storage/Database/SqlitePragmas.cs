namespace CivBot.Storage.Database;

using System.Data.Common;

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

    public static void Apply(DbConnection connection, string pragmas)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }

    public static async Task ApplyAsync(
        DbConnection connection,
        string pragmas,
        CancellationToken cancellationToken
    )
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
