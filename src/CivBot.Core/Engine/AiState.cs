namespace CivBot.Core.Engine;

using System.Collections.Immutable;

/// <summary>
/// AI drafts in one group: off until the group turns them on by a consent vote (<c>/ai on</c>); <c>/draft</c> then asks
/// for one at a time, at most one per <see cref="Turn.DraftSpacing"/>. Nothing here is a receipt: a draft option
/// becomes one only when a member adopts it.
/// </summary>
/// <param name="On">The group opted in.</param>
/// <param name="Vote">The open <c>/ai on</c> consent vote.</param>
/// <param name="VoteSerial">How many <c>/ai on</c> votes there were; a vote's timer carries its serial.</param>
/// <param name="DraftSerial">How many drafts were asked for; each request and its answer carry the number.</param>
/// <param name="LastRequestAt">When the latest draft was asked for (the per-group rate limit).</param>
/// <param name="Pending">The draft asked for and not answered yet.</param>
/// <param name="Latest">The latest draft posted, whose options members can adopt.</param>
public sealed record AiState(
    bool On = false,
    GroupVote? Vote = null,
    int VoteSerial = 0,
    int DraftSerial = 0,
    DateTimeOffset? LastRequestAt = null,
    PendingDraft? Pending = null,
    PostedDraft? Latest = null
)
{
    public static readonly AiState Off = new();
}

/// <summary>A draft on its way: which loop, who asked (to tell them if it fails).</summary>
public sealed record PendingDraft(int Serial, int Loop, Model.MemberId AskedBy);

/// <summary>A posted draft: its options can be adopted with <c>/propose draft N</c> while its loop takes options.</summary>
/// <param name="PromptHash">SHA-256 of the prompt, recorded (shortened) on an adopted option with the model's name.</param>
public sealed record PostedDraft(
    int Serial,
    int Loop,
    ImmutableList<string> Options,
    string Model,
    string PromptHash
);
