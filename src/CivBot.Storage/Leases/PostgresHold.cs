namespace CivBot.Storage.Leases;

using CivBot.Core.Ports;
using Microsoft.Extensions.Logging;
using Npgsql;

/// <summary>
/// A lease held on its own connection. A watch checks every <see cref="LeaseTiming.Check"/> that the connection still
/// answers; when it does not, PostgreSQL has freed (or will free) the lock, so <see cref="Lost"/> fires and the work
/// stops. Disposing unlocks, tells the waiters and closes the connection.
/// </summary>
internal sealed class PostgresHold : ILeaseHold
{
    private readonly NpgsqlConnection _connection;
    private readonly string _name;
    private readonly long _key;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watch;

    public PostgresHold(
        NpgsqlConnection connection,
        string name,
        long key,
        LeaseTiming timing,
        TimeProvider time,
        ILogger logger
    )
    {
        _connection = connection;
        _name = name;
        _key = key;
        _logger = logger;
        _watch = WatchAsync(timing, time);
    }

    public CancellationToken Lost => _lost.Token;

    private async Task WatchAsync(LeaseTiming timing, TimeProvider time)
    {
        try
        {
            while (true)
            {
                await Task.Delay(timing.Check, time, _stop.Token);
                await using var command = new NpgsqlCommand("SELECT 1", _connection)
                {
                    CommandTimeout = Math.Max(1, (int)timing.Check.TotalSeconds),
                };
                await command.ExecuteScalarAsync(_stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested) { }
        catch (Exception e)
        {
            _logger.LogWarning(
                "Lost {Lease}: its database connection failed ({Reason}); this instance stops it",
                _name,
                e.Message
            );
            await _lost.CancelAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watch;
        if (!_lost.IsCancellationRequested)
        {
            try
            {
                await using var unlock = new NpgsqlCommand(
                    "SELECT pg_advisory_unlock(@k); SELECT pg_notify(@channel, @name)",
                    _connection
                );
                unlock.Parameters.AddWithValue("k", _key);
                unlock.Parameters.AddWithValue("channel", DatabaseLease.Released);
                unlock.Parameters.AddWithValue("name", _name);
                await unlock.ExecuteNonQueryAsync(CancellationToken.None);
                _logger.LogInformation("Gave {Lease} back for another instance to take", _name);
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                // The connection is gone, and the lock with it.
                _logger.LogDebug(e, "Giving {Lease} back failed", _name);
            }
        }
        await _connection.DisposeAsync();
        _lost.Dispose();
        _stop.Dispose();
    }
}
