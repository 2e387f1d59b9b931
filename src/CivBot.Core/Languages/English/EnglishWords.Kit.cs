namespace CivBot.Core.Languages;

using CivBot.Core.Engine;

internal sealed partial class EnglishWords
{
    public override string KitSummaryTitle(int loop, bool closed, string problem) =>
        $"🧰 Kit #{loop}{(closed ? "" : " (still open)")}: {problem}";

    public override string KitNoAsk => "(no ask recorded)";

    public override string KitDecided(string decision) => $"Decided: {decision}";

    public override string KitCost(string? costs) => $"Cost: {costs ?? "nothing spent"}";

    public override string KitOutcome(string outcome) => $"Outcome: {outcome}";

    public override string KitImprove(int loop, string? improvement) =>
        $"Improve: {improvement ?? $"nothing suggested yet (/improve #{loop} <one thing>)"}";

    public override string KitWhole(int loop) => $"Whole kit to copy: /kit #{loop} full";

    public override string KitSpends(string amount, int spends) =>
        $"{amount} in {Texts.Count(spends, "spend", "spends")}";

    public override string KitChecks(int checks, int members) =>
        $"{Texts.Count(checks, "check", "checks")} sent by {Texts.Count(members, "member", "members")}";

    public override string KitAudit(bool confirmed, string note) =>
        $"audit {(confirmed ? "ok" : "flagged")}: {note}";

    public override string KitTitle(int loop, bool closed) =>
        $"# Kit: loop #{loop}{(closed ? "" : " (still open: this kit is a draft)")}";

    public override string KitHeading(KitSection section) =>
        "## "
        + section switch
        {
            KitSection.Problem => "Problem",
            KitSection.Tried => "What was tried",
            KitSection.Steps => "Steps",
            KitSection.Cost => "Cost",
            KitSection.Outcome => "Outcome",
            KitSection.Improve => "One thing to improve",
            KitSection.Receipts => "Receipts",
            _ => "The flow",
        };

    public override string KitDecision(string decision) => $"Decision: {decision}";

    public override string KitNoOptions => "(no options were recorded)";

    public override string KitNoSteps => "(nobody recorded a step)";

    public override string KitNoMoney => "No money was spent.";

    public override string KitNotDone => "(not reported done yet)";

    public override string KitNoImprovement(int loop) =>
        $"(nobody has suggested one yet: /improve #{loop} <one thing to do better>)";

    public override string KitFullTrail(int loop) =>
        $"Roles, vote openings and phase moves are in the full trail: /receipts #{loop}";

    public override string KitFlowUnknown =>
        "This loop began before CivBot recorded flows in receipts; `/status` named it while it was open.";

    public override string KitRanOn(string label, string? hash) =>
        $"This loop ran on {label}{(hash is null ? "" : $", file {hash}…")}.";

    public override string KitCopyFlow(string id, bool hashed) =>
        $"To run the same loop, copy `{id}.yaml` from the flows folder of the CivBot that ran it (the shipped flows are in CivBot's `flows/`) into yours"
        + (
            hashed
                ? $"; `sha256sum {id}.yaml` starting with the same digits shows it is the same file"
                : ""
        )
        + ". `civbot flows validate` checks it.";
}
