namespace CivBot.Discord.Mapping;

using CivBot.Core.Inbound;

/// <summary>
/// A person's message as an event. <see cref="DirectChannelId"/> is the DM channel it came through (cached for replies);
/// <see cref="StartsThread"/> is set for a top-level server message, which could start a loop thread.
/// </summary>
internal sealed record MappedMessage(
    InboundEvent Event,
    string UserId,
    string MessageId,
    string? DirectChannelId,
    string? StartsThread
);
