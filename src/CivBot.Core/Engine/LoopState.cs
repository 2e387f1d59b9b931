namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CivBot.Core.Flows;
using CivBot.Core.Model;

/// <summary>An open loop. Closed loops leave the group state; their story lives on in the receipts.</summary>
/// <param name="No">The loop's number within its group (#N).</param>
/// <param name="Flow">The flow version the loop is pinned to.</param>
/// <param name="Phase">The current phase id.</param>
/// <param name="Epoch">Moves on at every phase, vote or role change; timers carry it to detect staleness.</param>
/// <param name="ThreadChat">The chat the ask came from.</param>
/// <param name="ThreadId">Forum topic / thread of the chat the ask came from; the loop's group messages go there.</param>
/// <param name="AskedPrivately">The ask came by private chat (SMS, a DM): the asker hears the key moments privately too.</param>
/// <param name="Undo">Reversible moves, newest last; cleared by any move that cannot be undone.</param>
/// <param name="SpentTotal">Before per-currency totals: the total in <paramref name="SpendCurrency"/> only (kept for loops stored then).</param>
/// <param name="Spent">What was spent, per ISO currency; never added across currencies. See <see cref="LoopSpending"/>.</param>
/// <param name="AuditRound">How many audits the loop has had flagged; a re-audit samples afresh.</param>
/// <param name="Rounds">How many Listen ⇄ Deliberate rounds ended without a decision (no options, no quorum).</param>
/// <param name="AuditRepicks">How many times the auditor was replaced because they did not answer (or by the steward).</param>
/// <param name="AskedBySms">The private ask came by SMS, where commands are words ("receipts #2") rather than slash commands.</param>
/// <param name="FlaggedAtSeq">The receipt number of the last audit flag: what came after it is always in the next sample.</param>
public sealed record LoopState(
    int No,
    FlowRef Flow,
    string Phase,
    DateTimeOffset PhaseStartedAt,
    DateTimeOffset PhaseDeadline,
    int Epoch,
    MemberId Asker,
    string AskerHandle,
    string Ask,
    DateTimeOffset OpenedAt,
    Model.ChatAddress? ThreadChat,
    string? ThreadId,
    MemberId? Steward,
    ImmutableList<MemberId> Builders,
    MemberId? Auditor,
    ImmutableList<LoopOption> Options,
    VoteState? Vote,
    string? Decision,
    ImmutableHashSet<MemberId> Supporters,
    ImmutableList<CheckEntry> Checks,
    decimal SpentTotal,
    string? SpendCurrency,
    int AuditNudges,
    ImmutableList<UndoEntry> Undo,
    bool AskedPrivately = false,
    ImmutableSortedDictionary<string, decimal>? Spent = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int AuditRound = 0,
    long? FlaggedAtSeq = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Rounds = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int AuditRepicks = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        bool AskedBySms = false
);
