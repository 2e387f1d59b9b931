namespace CivBot.Core.Ports;

using CivBot.Core.Inbound;
using CivBot.Core.Model;

/// <summary>
/// Where the host hands events it made itself for a known group (the outcome of an AI draft), through the same
/// pipeline as people's messages. Completes once the event is durable; a repeated platform id is a duplicate.
/// </summary>
public interface IGroupEvents
{
    Task<InboundOutcome> SubmitToGroupAsync(
        GroupId group,
        InboundEvent inbound,
        CancellationToken cancellationToken
    );
}
