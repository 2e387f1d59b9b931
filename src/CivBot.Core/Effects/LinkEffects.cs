namespace CivBot.Core.Effects;

using CivBot.Core.Engine;
using CivBot.Core.Model;

/// <summary>
/// Make <paramref name="Code"/> the group's link code until <paramref name="ExpiresAt"/> (null: retire the group's
/// code). Storage keeps one per group, so another chat's <c>/link &lt;code&gt;</c> finds the group.
/// </summary>
public sealed record RegisterLinkCode(string? Code, DateTimeOffset ExpiresAt) : Effect;

/// <summary>
/// Take <paramref name="Note"/> to the group whose link code it names, as a timer due now; when no live code
/// matches, tell <paramref name="Note"/>'s chat so in one line.
/// </summary>
public sealed record SendLinkRequest(LinkNote Note) : Effect;

/// <summary>Bind <paramref name="Chat"/> to this group, taking it out of the group it was in.</summary>
public sealed record LinkChat(ChatAddress Chat) : Effect;

/// <summary>
/// Take <paramref name="Chat"/> out of this group and bind it to <paramref name="To"/> (its own earlier group, or a
/// fresh one); the receipts stay where they were written.
/// </summary>
public sealed record UnlinkChat(ChatAddress Chat, GroupId To) : Effect;
