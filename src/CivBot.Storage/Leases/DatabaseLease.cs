namespace CivBot.Storage.Leases;

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CivBot.Core.Ports;
using CivBot.Storage.Database;
using Microsoft.Extensions.Logging;
using Npgsql;

/// <summary>
/// Channel singletons across instances. On PostgreSQL a lease is a session-level advisory lock held on a connection of
/// its own for as long as the work runs: it goes when the holder gives it back or when its connection ends (the process
/// died), never by a timer. Waiters LISTEN for the holder's release notice and otherwise retry every
/// <see cref="LeaseTiming.Retry"/>. On SQLite a deployment is one process, so the lease is always held.
/// </summary>
public sealed class DatabaseLease(
    DbConnections connections,
    LeaseTiming timing,
    TimeProvider time,
    ILogger<DatabaseLease> logger
) : ISingletonLease
{
    /// <summary>The notification channel a holder signals on when it gives a lease back.</summary>
    internal const string Released = "civbot_lease_released";

    private static readonly SoleInstanceLease Sole = new();

    public async Task<ILeaseHold> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        if (connections is not PostgresConnectionFactory postgres)
            return await Sole.AcquireAsync(name, cancellationToken);
        var key = Key(name);
        var logged = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            NpgsqlConnection? connection = null;
            try
            {
                connection = await postgres.DataSource.OpenConnectionAsync(cancellationToken);
                await ExecuteAsync(connection, KeepAlives, cancellationToken);
                await ExecuteAsync(connection, $"LISTEN {Released}", cancellationToken);
                while (true)
                {
                    if (await TryLockAsync(connection, key, cancellationToken))
                    {
                        await ExecuteAsync(connection, $"UNLISTEN {Released}", cancellationToken);
                        logger.LogInformation("This instance now runs {Lease}", name);
                        var hold = new PostgresHold(connection, name, key, timing, time, logger);
                        connection = null;
                        return hold;
                    }
                    if (!logged)
                    {
                        logger.LogInformation(
                            "Another instance runs {Lease}; this one stands by to take over",
                            name
                        );
                        logged = true;
                    }
                    // Woken by a release notice, or after Retry: a dead holder's lock goes with its connection, unannounced.
                    await connection.WaitAsync(timing.Retry, cancellationToken);
                }
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                logger.LogWarning(
                    "Could not take or wait for {Lease} ({Reason}); trying again in {Retry}",
                    name,
                    e.Message,
                    timing.Retry
                );
                if (connection is not null)
                    await connection.DisposeAsync();
                connection = null;
                await Task.Delay(timing.Retry, time, cancellationToken);
            }
            finally
            {
                if (connection is not null)
                    await connection.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// PostgreSQL's own check on the lease connection: a peer that vanished without closing the connection is found
    /// after about 5 + 3 × 2 s, and the lock it held is freed with its session.
    /// </summary>
    private const string KeepAlives =
        "SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2; SET tcp_keepalives_count = 3";

    /// <summary>The advisory lock key of a lease (operators can find its holder in pg_locks).</summary>
    public static long Key(string name) =>
        BinaryPrimitives.ReadInt64BigEndian(
            SHA256.HashData(Encoding.UTF8.GetBytes("civbot-lease\n" + name))
        );

    private static async Task<bool> TryLockAsync(
        NpgsqlConnection connection,
        long key,
        CancellationToken cancellationToken
    )
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@k)", connection);
        command.Parameters.AddWithValue("k", key);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    internal static async Task ExecuteAsync(
        NpgsqlConnection connection,
        string sql,
        CancellationToken cancellationToken
    )
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
