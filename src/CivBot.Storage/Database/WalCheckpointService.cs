namespace CivBot.Storage.Database;

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// SQLite only: copies the write-ahead log into the database file every second, on its own connection and thread and
/// outside the write gate. The checkpoint is PASSIVE: it never waits for, or holds up, a writer or a reader. Without it
/// the commit that takes the log past <c>wal_autocheckpoint</c> pages runs the checkpoint itself, inside its write
/// transaction's turn at the gate, and every webhook waiting to commit waits for the copy and its two fsyncs (tens of
/// milliseconds here; docs/performance.md). The automatic checkpoint stays as the backstop for when this one cannot
/// finish (a reader holding an old snapshot). Synchronous on a thread of its own: SQLite's calls block, and a blocked
/// thread-pool thread on a small machine would delay the webhooks instead.
/// </summary>
public sealed class WalCheckpointService(
    DbConnections connections,
    ILogger<WalCheckpointService> logger
) : BackgroundService
{
    /// <summary>How often the log is checkpointed (real time: it schedules nothing the bot does).</summary>
    internal static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        connections is SqliteConnectionFactory sqlite
            ? Task.Factory.StartNew(
                () => Run(sqlite, stoppingToken),
                stoppingToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default
            )
            : Task.CompletedTask;

    private void Run(SqliteConnectionFactory sqlite, CancellationToken stoppingToken)
    {
        while (!stoppingToken.WaitHandle.WaitOne(Every))
        {
            try
            {
                // Not from the pool: an idle pooled connection would keep its own page cache for a once-a-second job.
                using var connection = new SqliteConnection(
                    sqlite.ConnectionString + ";Pooling=False"
                );
                connection.Open();
                SqlitePragmas.Apply(connection, sqlite.Pragmas);
                using var checkpoint = Sql.Command(connection, "PRAGMA wal_checkpoint(PASSIVE)");
                checkpoint.ExecuteNonQuery();
            }
            catch (Exception ex)
            {
                // The automatic checkpoint still runs; the next try is a second away.
                logger.LogWarning(ex, "Checkpointing the SQLite write-ahead log failed");
            }
        }
    }
}
