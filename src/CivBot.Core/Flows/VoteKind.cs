namespace CivBot.Core.Flows;

public enum VoteKind
{
    /// <summary>Each member picks one option; most votes wins.</summary>
    Single,

    /// <summary>Each member approves any number of options; most approvals wins.</summary>
    Approval,

    /// <summary>One proposal passes unless someone objects within the window.</summary>
    Consent,
}
