namespace CivBot.Core.Ports;

using CivBot.Core.Inbound;

/// <summary>
/// Where channels hand inbound events. The returned task completes once the event is durably recorded
/// (inbox row, state, receipts and outbox in one transaction), so a webhook may answer 200 after awaiting it.
/// </summary>
public interface IInboundSink
{
    Task<InboundOutcome> SubmitAsync(InboundEvent inbound, CancellationToken cancellationToken);
}
