namespace CivBot.Core.Ai;

/// <summary>
/// One receipt of the loop as the model sees it: its number, kind, the actor's handle (never a member id or
/// pseudonym) and the recorded text, whose phone numbers were hidden when it was recorded.
/// </summary>
public sealed record DraftReceipt(
    long Seq,
    string Kind,
    string Actor,
    string Summary,
    decimal? Amount = null,
    string? Currency = null
);
