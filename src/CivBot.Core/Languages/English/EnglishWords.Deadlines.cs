namespace CivBot.Core.Languages;

internal sealed partial class EnglishWords
{
    public override string DoLateToBuilder(int loop) =>
        $"⏱ #{loop} is past its Do deadline. Finished? /done #{loop} <outcome>. Stuck? /add #{loop} <what's blocking>. Can't do it? /handoff #{loop}.";

    public override string DoLateToSteward(int loop, Moment groupTold) =>
        $"⏱ #{loop} is past its Do deadline and not reported done. As steward: /next #{loop} picks new builders, or /withdraw #{loop} <reason> ends it as not done. I'll tell the group {When(groupTold)}.";

    public override string DoLateToGroup(int loop, string? builders, string? steward) =>
        $"⏱ #{loop} is past its Do deadline and not done yet. "
        + (
            builders is null
                ? $"Nobody has claimed it: /claim #{loop}."
                : $"{builders}: /done #{loop} <outcome> when finished."
        )
        + (
            steward is null
                ? ""
                : $" {steward} (steward) can pick new builders with /next #{loop} or end it with /withdraw #{loop}."
        );

    public override string NobodyClaimed(int loop) => $"Nobody claimed #{loop}";

    public override string AskedForBuilders(string who, bool replacing, int loop) =>
        $"{who} asked for {(replacing ? "new builders" : "a builder")} for #{loop}";

    public override string HandedOnLoop(string who, int loop) => $"{who} handed #{loop} on";

    public override string NoBuilderLeft(string why, int loop) =>
        $"{why}, and nobody else is in the builder rotation. Anyone can still /claim #{loop}.";

    public override string BuilderPicked(string why, string builder, int loop) =>
        $"🔨 {why}, so rotation picks {builder} to build it. Can't do it? /handoff #{loop}.";

    public override string PickedToBuild(int loop, string decision) =>
        $"You were picked by rotation to build #{loop}: {decision}. Record costs with /spend and finish with /done #{loop} <outcome>.";

    public override string AuditorDidNotAnswer(string auditor, int reminders) =>
        $"{auditor} didn't answer {reminders} reminders";

    public override string StillNoAudit(int loop, string why, string steward) =>
        $"📣 #{loop} still has no audit ({why}). Anyone who did not ask, steward or build it can offer to audit. Otherwise {steward} (steward) may close it unaudited with /next #{loop}, and the closing receipt will say so.";

    public override string AuditStuck(int loop) =>
        $"The audit of #{loop} is stuck. /next #{loop} closes it unaudited (the receipt says so).";

    public override string NotAudited(int asked, string who) =>
        $"not audited: {asked} auditor{(asked == 1 ? " was" : "s were")} asked and none answered; {who} closed it";
}
