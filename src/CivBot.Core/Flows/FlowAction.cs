namespace CivBot.Core.Flows;

/// <summary>Things members do that a flow can permit to some roles only.</summary>
public enum FlowAction
{
    Add,
    Propose,
    OpenVote,
    Vote,
    Object,
    Claim,
    Spend,
    Done,
    Audit,
    Check,
    Next,
    Undo,
}
