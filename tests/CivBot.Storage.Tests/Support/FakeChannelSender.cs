namespace CivBot.Storage.Tests.Support;

using System.Collections.Concurrent;
using CivBot.Core.Ports;

/// <summary>
/// Records what it was asked to send and answers with a scripted result (Sent by default), right away through
/// <see cref="Respond"/> or, to play a slow platform, through <see cref="RespondAsync"/>.
/// </summary>
public sealed class FakeChannelSender(string channel) : IChannelSender
{
    private readonly List<(Func<bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private int _next;

    public string Channel => channel;

    public ConcurrentQueue<OutboundMessage> Attempts { get; } = new();

    public ConcurrentQueue<OutboundMessage> Delivered { get; } = new();

    public Func<OutboundMessage, SendResult> Respond { get; set; } = _ => null!;

    /// <summary>
    /// When set, answers instead of <see cref="Respond"/> (given the send's cancellation token, as a sender's rate
    /// limiter gets it); null from it means Sent.
    /// </summary>
    public Func<OutboundMessage, CancellationToken, Task<SendResult?>>? RespondAsync { get; set; }

    public async Task<SendResult> SendAsync(
        OutboundMessage message,
        CancellationToken cancellationToken
    )
    {
        Attempts.Enqueue(message);
        Check();
        var result =
            (RespondAsync is { } slow ? await slow(message, cancellationToken) : Respond(message))
            ?? new Sent($"{channel}-msg-{Interlocked.Increment(ref _next)}");
        if (result is Sent)
        {
            Delivered.Enqueue(message);
            Check();
        }
        return result;
    }

    /// <summary>Completes once <paramref name="count"/> messages were delivered in all.</summary>
    public Task WhenDelivered(int count) => When(() => Delivered.Count >= count);

    /// <summary>Completes once <paramref name="count"/> sends were attempted in all.</summary>
    public Task WhenAttempted(int count) => When(() => Attempts.Count >= count);

    private Task When(Func<bool> condition)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
            _waiters.Add((condition, done));
        Check();
        return done.Task;
    }

    private void Check()
    {
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Condition()).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }
}
