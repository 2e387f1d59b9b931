namespace CivBot.Telegram.Mapping;

using CivBot.Core.Inbound;

/// <summary>What one Telegram update means for CivBot: events to submit, a button press to answer, a chat that moved.</summary>
/// <param name="UpdateId">Telegram's update id (the polling offset is the highest handled plus one).</param>
public sealed record MappedUpdate(
    long UpdateId,
    IReadOnlyList<InboundEvent> Events,
    CallbackAnswer? Callback = null,
    ChatMove? Migration = null
)
{
    /// <summary>Why CivBot cannot read this update (a field of the wrong type, say); null when it can.</summary>
    public string? Refusal { get; init; }
}
