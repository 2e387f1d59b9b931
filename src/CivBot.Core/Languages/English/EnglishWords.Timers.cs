namespace CivBot.Core.Languages;

using CivBot.Core.Engine;

internal sealed partial class EnglishWords
{
    public override string VoteReminder(int loop, Moment closes, string usage) =>
        $"⏰ The vote on #{loop} closes {When(closes)} and you haven't voted yet. {usage}";

    public override string CollectReminder(int loop, Moment closes, int sent, int quota) =>
        $"⏰ #{loop} closes {When(closes)}. You've sent {sent} of {Texts.Count(quota, "check", "checks")}: /check #{loop} <what you checked>.";

    public override string CollectionOver(
        int loop,
        int total,
        int done,
        int members,
        string shortOf
    ) =>
        $"⏱ Collection on #{loop} is over: {Texts.Count(total, "check", "checks")}, {done} of {members} members met the quota{shortOf}.";

    public override string DeliberationUp(int loop) =>
        $"⏱ Deliberation time on #{loop} is up, so I'm opening the vote now.";

    public override string NoOptionsToVoteOn(int loop) =>
        $"There are no options to vote on yet. Members propose with /propose #{loop} <option>.";

    public override string DoLeavesWhenDone(int loop, string builders, Moment deadline) =>
        $"#{loop} leaves Do when a builder reports /done #{loop} <outcome>. Builders: {builders}. After the deadline ({When(deadline)}) /next picks new builders.";

    public override string NoOtherAuditor(int loop, string? auditor) =>
        $"Nobody else independent is available to audit #{loop}{(auditor is null ? "" : $"; {auditor} stays the auditor")}.";

    public override string NoRoleOn(int loop) =>
        $"You hold no role on #{loop}, so there is nothing to hand on. /roles shows who holds what.";

    public override string NoRoleAnywhere =>
        "You hold no role on an open loop, so there is nothing to hand on. /roles shows who holds what.";

    public override string SayWhichRole(string loops, int last) =>
        $"You hold roles on {loops}: say which, e.g. /handoff #{last}.";

    public override string NobodyElseToSteward(int loop) =>
        $"Nobody else is free to steward #{loop}, so you still hold it. Ask in the group for someone to /optin steward, then /handoff #{loop}.";

    public override string StewardHandedOn(string who, int loop, string next) =>
        $"🧭 {who} handed on the steward role of #{loop}; rotation picks {next}. The steward keeps the loop moving.";

    public override string OnlyAskerOrSteward(string asker, string steward, int loop) =>
        $"Only the asker ({asker}) or {steward} can withdraw #{loop}. If it's no longer needed, tell them in the group.";

    public override string WithdrawnBy(string who, string? reason) =>
        reason is null ? $"by {who}" : $"by {who} ({reason})";

    public override string WithdrawnDone(int loop) =>
        $"Done: #{loop} is withdrawn and the group has been told. Thanks for letting them know.";

    public override string NewAuditor(string auditor, int loop, string why) =>
        $"🔎 {auditor} is now the auditor of #{loop} ({why}).";
}
