namespace CivBot.Storage.Database;

/// <summary>
/// SQLite has one writer. Every write in this process passes this gate, so writers queue here in order instead of
/// spinning on SQLITE_BUSY (and a deferred transaction can never fail to upgrade to a write). PostgreSQL locks rows
/// and groups itself (several instances write at once), so there the gate lets everyone through.
/// </summary>
/// <remarks>
/// The event pipeline's writer, whose commits every webhook's answer waits for, enters with <see cref="EnterFirstAsync"/>:
/// it goes ahead of the writers already queued (the outbox dispatcher queues two transactions per message it sends),
/// but never twice in a row while others wait, so they still get every other turn. Measured (docs/performance.md), the
/// pipeline's transactions otherwise waited 3–14 ms in the queue behind the dispatcher's in the webhook benchmark's
/// slowest bursts.
/// </remarks>
public sealed class WriteGate(bool serialize = true)
{
    private readonly object _lock = new();
    private readonly Queue<TaskCompletionSource<Releaser>> _queued = new();
    private TaskCompletionSource<Releaser>? _first;
    private bool _held;
    private bool _lastWasFirst;

    /// <summary>Waits for the gate in arrival order.</summary>
    public Task<Releaser> EnterAsync(CancellationToken cancellationToken) =>
        EnterAsync(false, cancellationToken);

    /// <summary>
    /// Waits for the gate ahead of the writers already queued (at most one caller at a time may wait this way: the
    /// pipeline's single writer), but not ahead of them twice in a row.
    /// </summary>
    public Task<Releaser> EnterFirstAsync(CancellationToken cancellationToken) =>
        EnterAsync(true, cancellationToken);

    private Task<Releaser> EnterAsync(bool first, CancellationToken cancellationToken)
    {
        if (!serialize)
            return Task.FromResult(new Releaser(null));
        cancellationToken.ThrowIfCancellationRequested();
        TaskCompletionSource<Releaser> waiter;
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                _lastWasFirst = first;
                return Task.FromResult(new Releaser(this));
            }
            waiter = new TaskCompletionSource<Releaser>(
                TaskCreationOptions.RunContinuationsAsynchronously
            );
            if (first)
            {
                if (_first is { Task.IsCompleted: false })
                    throw new InvalidOperationException(
                        "Only one writer at a time may wait ahead of the queue."
                    );
                _first = waiter;
            }
            else
                _queued.Enqueue(waiter);
        }
        if (cancellationToken.CanBeCanceled)
        {
            // A cancelled waiter stays in the queue and is skipped when its turn comes.
            var registration = cancellationToken.Register(() =>
                waiter.TrySetCanceled(cancellationToken)
            );
            _ = waiter.Task.ContinueWith(
                _ => registration.Dispose(),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default
            );
        }
        return waiter.Task;
    }

    /// <summary>Hands the gate to the next waiter that still wants it, or opens it.</summary>
    private void Release()
    {
        lock (_lock)
        {
            while (true)
            {
                TaskCompletionSource<Releaser>? next;
                var first = _first is not null && (!_lastWasFirst || !AnyQueued());
                if (first)
                {
                    next = _first;
                    _first = null;
                }
                else if (!_queued.TryDequeue(out next))
                {
                    _held = false;
                    return;
                }
                if (next!.TrySetResult(new Releaser(this)))
                {
                    _lastWasFirst = first;
                    return;
                }
            }
        }
    }

    /// <summary>Whether a waiter in the queue still waits (cancelled ones stay until their turn).</summary>
    private bool AnyQueued()
    {
        foreach (var waiter in _queued)
        {
            if (!waiter.Task.IsCompleted)
                return true;
        }
        return false;
    }

    public readonly struct Releaser(WriteGate? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
