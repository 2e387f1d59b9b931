namespace CivBot.Core.Languages;

using CivBot.Core.Engine;
using CivBot.Core.Flows;

internal sealed partial class EnglishWords
{
    public override string BackInListen(int loop, string why, Moment next) =>
        $"#{loop} is back in Listen ({why}). Add context with /add, propose options with /propose. Next step {When(next)}.";

    public override string MovesToDeliberate(
        int loop,
        string why,
        string steward,
        int options,
        Moment opens
    ) =>
        $"#{loop} moves to Deliberate ({why}): {PhaseMeaning(PhaseKind.Deliberate)}. Propose options with /propose <option>. {steward} opens the vote with /vote{(options > 0 ? $" ({Texts.Count(options, "option", "options")} so far)" : "")}; otherwise it opens by itself {When(opens)}.";

    public override string CollectStarted(int loop, int quota, Moment deadline) =>
        $"#{loop} is collecting checks: everyone please send {quota} with /check <what you checked or a link>, {When(deadline)}.";

    public override string LoopClosed(int loop, string why) =>
        $"✅ Loop #{loop} is closed ({why}). Thank you all. The trail: /receipts #{loop} · the kit for other groups: /kit #{loop}";

    public override string YourAskClosed(int loop, string why, bool bySms) =>
        bySms
            ? $"Your ask #{loop} is closed ({why}). Reply \"receipts #{loop}\" for the trail."
            : $"Your ask #{loop} is closed ({why}). /receipts #{loop} shows the trail.";

    public override string LoopClosedUndecided(int loop, string how, string why) =>
        $"Loop #{loop} {how}: {why}. Its receipts stay on the record: /receipts #{loop}";

    public override string YourAskClosedUndecided(int loop, string how, string why) =>
        $"Your ask #{loop} {how} ({why}). If you still need it, ask again with a little more detail: /ask <what you need>. The group's notes so far: /receipts #{loop}";

    public override string ClosedWithoutDecision => "closed without a decision";

    public override string ClosedPlainly => "closed";

    public override string WasWithdrawn => "was withdrawn";

    public override string ClosedNoOptions => "closed as \"no options\"";

    public override string AuditConfirmedBy(string who) => $"audit confirmed by {who}";

    public override string RolledBackAfterAudit => "rolled back after the audit";

    public override string AuditFlaggedToFix => "the audit flagged a problem to fix";

    public override string DoneReported => "done reported";

    public override string MovedOnBy(string who) => $"{who} moved it on";

    public override string ClosedEarlyBy(string who) => $"{who} closed the vote early";

    public override string PickedAgainBy(string who) => $"picked again by {who}";

    public override string HandedOnBy(string who) => $"{who} handed it on";

    public override string TheDeadlinePassed => "the deadline passed";

    public override string ListenDeadlinePassed => "the listen deadline passed";

    public override string CollectionDeadlinePassed => "the collection deadline passed";

    public override string EveryoneVoted => "everyone voted";

    public override string EveryoneResponded => "everyone responded";

    public override string NoQuorumReached => "no quorum";

    public override string NoOptionsProposed => "no options were proposed";

    public override string ObjectionRaised => "an objection was raised";

    public override string Decided => "decided";

    public override string NobodyProposedIn(int rounds) =>
        $"nobody proposed an option in {(rounds == 1 ? "1 round" : $"{rounds} rounds")}";

    public override string AfterRounds(string why, int rounds) =>
        $"{why} after {(rounds == 1 ? "1 round" : $"{rounds} rounds")}";
}
