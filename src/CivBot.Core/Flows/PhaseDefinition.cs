namespace CivBot.Core.Flows;

/// <summary>One phase of a flow. Exactly the settings of its kind are set (vote for deliberate, and so on).</summary>
/// <param name="Id">Unique within the flow; used by <c>next</c>, <c>on_no_quorum</c>, <c>on_flag</c>.</param>
/// <param name="Duration">The phase deadline, counted from when the phase starts.</param>
/// <param name="Next">The phase after this one, or <c>closed</c>. Defaults to the following phase in the file.</param>
/// <param name="Line">Where the phase is declared, for messages about it.</param>
public sealed record PhaseDefinition(
    string Id,
    PhaseKind Kind,
    TimeSpan Duration,
    string Next,
    int Line,
    VoteSettings? Vote = null,
    BuilderSettings? Builders = null,
    AuditSettings? Audit = null,
    CollectSettings? Collect = null
);
