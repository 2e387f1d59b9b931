namespace CivBot.Core.Flows;

/// <summary>How the auditor is nudged and what a flag does.</summary>
/// <param name="FirstNudgeAfter">The first reminder after the auditor is picked (they are told at once as well).</param>
/// <param name="Backoff">Each later reminder waits this many times longer than the one before.</param>
/// <param name="MaxNudges">After this many reminders the group is told the audit is stuck.</param>
/// <param name="OnFlag">Phase id to go back to (remediation), or <c>rollback</c> to record a rollback and close.</param>
/// <param name="Sample">How many collected checks the auditor is asked to sample (collect flows).</param>
/// <param name="MaxRepicks">How many times a silent auditor is replaced by rotation before the steward may close the loop unaudited.</param>
public sealed record AuditSettings(
    TimeSpan FirstNudgeAfter,
    double Backoff,
    int MaxNudges,
    string OnFlag,
    int Sample,
    int MaxRepicks = AuditSettings.DefaultMaxRepicks
)
{
    public const int DefaultMaxRepicks = 2;
}
