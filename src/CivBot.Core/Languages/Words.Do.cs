namespace CivBot.Core.Languages;

/// <summary>Doing the work (claims, spends, done), collecting checks, and the audit.</summary>
public abstract partial class Words
{
    /// <summary>The loop moves to Do; <paramref name="builders"/> lists them, or null when nobody has claimed yet.</summary>
    public abstract string DoStarted(
        int loop,
        string decision,
        string? builders,
        Moment? pickAfter,
        Moment deadline
    );

    public abstract string AlreadyBuilder(int loop);

    public abstract string BuildersFull(int loop, int max, string builders);

    public abstract string OptedOutOfBuilding { get; }

    public abstract string Building(string who, int loop, string decision);

    public abstract string SpendTry(string problem, int loop);

    public abstract string Spent(string who, string amount, int loop, string what, string totals);

    public abstract string DoneWhat(int loop);

    public abstract string OutcomeTooLong(int max);

    public abstract string ReportsDone(string who, int loop, string outcome);

    public abstract string YourAskDone(int loop, string outcome);

    // ---- /spend problems ----

    public abstract string SpendNeedsParts { get; }

    public abstract string SpendMustBePositive { get; }

    public abstract string NotAnAmount(string what);

    public abstract string NotACurrency(string what);

    public abstract string NoMinorUnit(string currency);

    public abstract string TooManyDecimals(string currency, int decimals);

    public abstract string OverCeiling(string ceiling);

    public abstract string SpendWhatTooLong { get; }

    // ---- Collect ----

    public abstract string CheckWhat(int loop);

    public abstract string CheckTooLong(int max);

    public abstract string CheckRecorded(
        int loop,
        string who,
        int mine,
        int quota,
        int done,
        int members,
        int total
    );

    /// <summary>" · short: ann 1/3, bob 2/3 and 3 more"</summary>
    public abstract string ShortOfQuota(string rows, int more);

    // ---- Audit ----

    public abstract string NoIndependentAuditor(int loop, string steward);

    public abstract string AuditStarted(int loop, string auditor);

    /// <summary>The first line of the auditor's request: 0 is the first ask, then the reminder's number.</summary>
    public abstract string AuditRequestHead(int reminder, int loop, string ask);

    public abstract string AuditLookOver(int loop, bool sampled);

    /// <summary>"- receipt #12 by ann: ..."</summary>
    public abstract string SampledCheck(long receipt, string who, string text);

    public abstract string AuditReply(int loop);

    public abstract string InAuditSample(int loop, string auditor);

    public abstract string TooInvolvedToAudit(int loop, string auditor);

    public abstract string AuditOkOrFlag(int loop);

    public abstract string AuditNoteMissing(bool ok, int loop);

    public abstract string AuditNoteTooLong(int max);

    public abstract string Flagged(string who, int loop, string note);
}
