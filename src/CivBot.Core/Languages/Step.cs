namespace CivBot.Core.Languages;

/// <summary>The one thing that moves a loop on now, as <c>/status</c> ends with it.</summary>
public enum Step
{
    ListenWithOptions,
    Listen,
    Voting,
    ProposeFirst,
    OpenTheVote,
    Claim,
    DoLate,
    Do,
    Collect,
    AuditStuck,
    AuditNeedsAuditor,
    Audit,
}
