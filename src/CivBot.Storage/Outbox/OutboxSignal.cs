namespace CivBot.Storage.Outbox;

/// <summary>
/// Wakes the outbox dispatcher after a commit that wrote messages. Each channel's loop takes <see cref="Next"/> before
/// it looks for work, so a signal that arrives while it is busy is never lost; many signals collapse into one wake-up.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() =>
        Interlocked
            .Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously))
            .TrySetResult();
}
