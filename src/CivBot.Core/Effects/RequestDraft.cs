namespace CivBot.Core.Effects;

using CivBot.Core.Ai;

/// <summary>
/// Ask the AI for a draft of a loop. Storage adds the loop's receipts and queues the request as an outbox row for the
/// pseudo-channel <see cref="AiChannel"/> (chat id: the group), so it is sent after commit, once.
/// </summary>
public sealed record RequestDraft(int Serial, DraftFacts Facts) : Effect
{
    public const string AiChannel = "ai";
}
