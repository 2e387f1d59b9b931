namespace CivBot.Core.Languages;

/// <summary>
/// The kit (<c>/kit #N</c>, <c>/kit #N full</c>): the words around what the loop's receipts say. The receipts keep their
/// words; the bot's own receipt summaries (a decision, how a loop closed) stay English, as written.
/// </summary>
public abstract partial class Words
{
    /// <summary>"🧰 Kit #1: {problem}", "(still open)" while the loop runs.</summary>
    public abstract string KitSummaryTitle(int loop, bool closed, string problem);

    public abstract string KitNoAsk { get; }

    public abstract string KitDecided(string decision);

    /// <summary>"Cost: 6.40 USD in 1 spend · …", or that nothing was spent when <paramref name="costs"/> is null.</summary>
    public abstract string KitCost(string? costs);

    public abstract string KitOutcome(string outcome);

    /// <summary>"Improve: {what}", or how to suggest one when nobody has.</summary>
    public abstract string KitImprove(int loop, string? improvement);

    public abstract string KitWhole(int loop);

    /// <summary>"6.40 USD in 1 spend": one currency's total, the amount already formatted.</summary>
    public abstract string KitSpends(string amount, int spends);

    /// <summary>A collect flow's outcome: "3 checks sent by 2 members".</summary>
    public abstract string KitChecks(int checks, int members);

    /// <summary>"audit ok: {note}" / "audit flagged: {note}".</summary>
    public abstract string KitAudit(bool confirmed, string note);

    /// <summary>"# Kit: loop #1", marked a draft while the loop is open.</summary>
    public abstract string KitTitle(int loop, bool closed);

    public abstract string KitHeading(KitSection section);

    public abstract string KitDecision(string decision);

    public abstract string KitNoOptions { get; }

    public abstract string KitNoSteps { get; }

    public abstract string KitNoMoney { get; }

    public abstract string KitNotDone { get; }

    public abstract string KitNoImprovement(int loop);

    public abstract string KitFullTrail(int loop);

    public abstract string KitFlowUnknown { get; }

    /// <summary>"This loop ran on {label}, file {hash}…." — the hash only when the receipt has one.</summary>
    public abstract string KitRanOn(string label, string? hash);

    /// <summary>How to run the same loop elsewhere: copy <c>{id}.yaml</c>, and compare its hash when there is one.</summary>
    public abstract string KitCopyFlow(string id, bool hashed);
}

/// <summary>The sections of a full kit, in order.</summary>
public enum KitSection
{
    Problem,
    Tried,
    Steps,
    Cost,
    Outcome,
    Improve,
    Receipts,
    Flow,
}
