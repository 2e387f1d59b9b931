namespace CivBot.Storage.Outbox;

using System.Threading.Channels;

/// <summary>Wakes the outbox dispatcher after a commit that wrote messages. Many signals while it is busy collapse into one.</summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite }
    );

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Returns when notified or when <paramref name="timeout"/> passed, whichever comes first.</summary>
    public async Task WaitAsync(
        TimeSpan timeout,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken,
            timeoutSource.Token
        );
        try
        {
            await _channel.Reader.ReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) { }
    }
}
