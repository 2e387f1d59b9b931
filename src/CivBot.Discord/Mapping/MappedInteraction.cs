namespace CivBot.Discord.Mapping;

using CivBot.Core.Inbound;

/// <summary>
/// An interaction to answer (id and token, within 3 s) and, for commands and buttons, the event it carries.
/// <see cref="StartsThread"/> is the channel an ask may open a loop thread in (a server channel, not a thread or DM).
/// </summary>
internal sealed record MappedInteraction(
    string Id,
    string Token,
    string ApplicationId,
    InteractionKind Kind,
    InboundEvent? Event,
    string Confirmation,
    string? StartsThread = null
);
