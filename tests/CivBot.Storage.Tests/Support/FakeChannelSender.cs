namespace CivBot.Storage.Tests.Support;

using System.Collections.Concurrent;
using CivBot.Core.Ports;

/// <summary>Records what it was asked to send and answers with a scripted result (Sent by default).</summary>
public sealed class FakeChannelSender(string channel) : IChannelSender
{
    private int _next;

    public string Channel => channel;

    public ConcurrentQueue<OutboundMessage> Attempts { get; } = new();

    public ConcurrentQueue<OutboundMessage> Delivered { get; } = new();

    public Func<OutboundMessage, SendResult> Respond { get; set; } = _ => null!;

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        Attempts.Enqueue(message);
        var result =
            Respond(message) ?? new Sent($"{channel}-msg-{Interlocked.Increment(ref _next)}");
        if (result is Sent)
            Delivered.Enqueue(message);
        return Task.FromResult(result);
    }
}
