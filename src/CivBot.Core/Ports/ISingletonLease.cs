namespace CivBot.Core.Ports;

/// <summary>
/// Work only one instance of a deployment may do at a time: Telegram long polling (Telegram answers a second poller
/// with 409) and the Discord gateway session (a second session would receive every event twice). Every instance asks;
/// one holds the lease and runs the work; the others wait, and one of them takes over when the holder dies or stops.
/// </summary>
public interface ISingletonLease
{
    /// <summary>
    /// Waits until this instance holds the lease named <paramref name="name"/>. The hold's <see cref="ILeaseHold.Lost"/>
    /// fires if the lease is lost while held (the database connection that holds it failed); disposing the hold gives
    /// the lease back at once, so another instance can take it without waiting for a timeout.
    /// </summary>
    Task<ILeaseHold> AcquireAsync(string name, CancellationToken cancellationToken);
}

/// <summary>A held lease; see <see cref="ISingletonLease"/>.</summary>
public interface ILeaseHold : IAsyncDisposable
{
    /// <summary>Cancelled when this instance no longer holds the lease: its work must stop.</summary>
    CancellationToken Lost { get; }
}

/// <summary>
/// The lease of a deployment that is one process by construction (SQLite, the playground, channel tests): held at once,
/// never lost.
/// </summary>
public sealed class SoleInstanceLease : ISingletonLease
{
    public Task<ILeaseHold> AcquireAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<ILeaseHold>(Hold.Instance);

    private sealed class Hold : ILeaseHold
    {
        public static readonly Hold Instance = new();

        public CancellationToken Lost => CancellationToken.None;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>Runs work under a lease, again and again: when the lease is lost the work stops, and runs again once it is held again.</summary>
public static class SingletonLeaseExtensions
{
    /// <param name="waiting">Called while this instance waits for the lease (another instance holds it).</param>
    public static async Task RunWhileHeldAsync(
        this ISingletonLease lease,
        string name,
        Func<CancellationToken, Task> work,
        Action waiting,
        Action<string> lost,
        CancellationToken stoppingToken
    )
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            waiting();
            ILeaseHold hold;
            try
            {
                hold = await lease.AcquireAsync(name, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            await using (hold)
            {
                using var both = CancellationTokenSource.CreateLinkedTokenSource(
                    stoppingToken,
                    hold.Lost
                );
                try
                {
                    await work(both.Token);
                }
                catch (OperationCanceledException) when (both.IsCancellationRequested) { }
                if (stoppingToken.IsCancellationRequested)
                    return;
                if (hold.Lost.IsCancellationRequested)
                    lost(name);
                else
                    return; // the work ended by itself (a configuration error): nothing to run again
            }
        }
    }
}
