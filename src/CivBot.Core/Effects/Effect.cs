namespace CivBot.Core.Effects;

using CivBot.Core.Engine;
using CivBot.Core.Receipts;
using CivBot.Core.Replies;

/// <summary>What the engine asks the world to do. Effects are applied in one transaction with the new state.</summary>
public abstract record Effect;

/// <summary>Append a receipt (already chained: the engine keeps the chain head in the group state).</summary>
public sealed record AppendReceipt(Receipt Receipt) : Effect;

/// <summary>
/// Send a message. When <paramref name="EditKey"/> is set and a message with the same key was already sent to a chat,
/// channels that can edit in place (Telegram, Discord) edit it instead of posting anew (live vote tallies).
/// </summary>
public sealed record SendMessage(Audience To, Reply Reply, string? EditKey = null) : Effect;

/// <summary>Persist a durable timer; when due it comes back as a <see cref="Inbound.TimerBody"/>.</summary>
public sealed record ScheduleTimer(TimerSpec Timer) : Effect;

/// <summary>Answer with a page of receipts (latest first). Resolved by storage inside the same transaction.</summary>
/// <param name="Loop">Only this loop's receipts, or the whole group's.</param>
/// <param name="Page">1 = newest ten, 2 = the ten before, ...</param>
/// <param name="AsOfSeq">Receipts after this sequence number are ignored, so paging is stable while new receipts arrive.</param>
/// <param name="Language">The reader's language code: the page is rendered in it.</param>
public sealed record ShowReceipts(
    Audience To,
    int? Loop,
    int Page,
    long AsOfSeq,
    string Language = "en"
) : Effect;

/// <summary>Answer with the kit of a loop, rendered from its receipts.</summary>
/// <param name="Full">The whole Markdown kit rather than the few lines of the chat summary.</param>
/// <param name="Language">The reader's language code.</param>
public sealed record ShowKit(Audience To, int Loop, bool Full = false, string Language = "en")
    : Effect;

/// <summary>Verify the group's hash chain and answer with the result.</summary>
public sealed record VerifyReceipts(Audience To, string Language = "en") : Effect;

/// <summary>
/// Make <paramref name="Code"/> the group's join code: texting "JOIN &lt;code&gt;" to the SMS number joins the group.
/// Storage keeps one code per group, so a new code retires the old one.
/// </summary>
public sealed record RegisterJoinCode(string Code) : Effect;
