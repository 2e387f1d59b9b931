namespace CivBot.Storage.Database;

/// <summary>
/// SQLite has one writer. Every write in this process passes this gate, so writers queue here in order instead of
/// spinning on SQLITE_BUSY (and a deferred transaction can never fail to upgrade to a write). PostgreSQL locks rows
/// and groups itself (several instances write at once), so there the gate lets everyone through.
/// </summary>
public sealed class WriteGate(bool serialize = true) : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<Releaser> EnterAsync(CancellationToken cancellationToken)
    {
        if (!serialize)
            return new Releaser(null);
        await _semaphore.WaitAsync(cancellationToken);
        return new Releaser(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    public readonly struct Releaser(SemaphoreSlim? semaphore) : IDisposable
    {
        public void Dispose() => semaphore?.Release();
    }
}
