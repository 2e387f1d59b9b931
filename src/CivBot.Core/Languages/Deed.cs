namespace CivBot.Core.Languages;

/// <summary>
/// What a member tried that their role or the phase does not allow, named in the refusal ("Only the steward can open
/// the vote"; "claiming the work belongs to Do").
/// </summary>
public enum Deed
{
    AddToIt,
    ProposeOptions,
    ProposingOptions,
    OpenTheVote,
    TheVote,
    Vote,
    Object,
    ClaimTheWork,
    ClaimingTheWork,
    RecordSpends,
    RecordingSpends,
    ReportItDone,
    ReportingDone,
    AuditIt,
    Auditing,
    SendChecks,
    SendingChecks,
    MoveItAlong,
    RevertSomeonesOption,
    RevertSomeonesMove,
}
