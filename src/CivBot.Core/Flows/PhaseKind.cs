namespace CivBot.Core.Flows;

/// <summary>What a phase does. A flow lists phases of these kinds in order; "closed" is the implicit end.</summary>
public enum PhaseKind
{
    /// <summary>The ask is open for context and +1s; a steward is picked.</summary>
    Listen,

    /// <summary>Options are proposed and voted on.</summary>
    Deliberate,

    /// <summary>Builders claim the work, record progress and spends, and report done.</summary>
    Do,

    /// <summary>Every member submits a quota of checks (/check) by the deadline; a tally is kept.</summary>
    Collect,

    /// <summary>An independent auditor confirms or flags the outcome.</summary>
    Audit,
}
