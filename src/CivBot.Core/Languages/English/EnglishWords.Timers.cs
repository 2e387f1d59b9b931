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

    public override string NewAuditor(string auditor, int loop, string why) =>
        $"🔎 {auditor} is now the auditor of #{loop} ({why}).";
}
