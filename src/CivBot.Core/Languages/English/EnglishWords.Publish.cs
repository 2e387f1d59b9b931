namespace CivBot.Core.Languages;

using CivBot.Core.Engine;

internal sealed partial class EnglishWords
{
    public override string AlreadyPublished =>
        "The receipts are already public. To change the address or the evidence setting, a steward takes the page down with /unpublish, then /publish again.";

    public override string PublishVoteAlreadyOpen(Moment passes) =>
        $"A vote on publishing is already open; it passes {When(passes)} unless someone objects with /object publish <reason>.";

    public override string PublishUsage =>
        "Usage: /publish [name] [evidence]. The name (3–40 of a-z, 0-9 and -) makes the address readable; without it the address is unguessable. \"evidence\" publishes evidence links too.";

    public override string PublishWhat(string? slug, bool evidence) =>
        $"publish this group's receipts on a public web page{(slug is null ? " at an unguessable address" : $" at /g/{slug}")}, {(evidence ? "with" : "without")} evidence links; handles only, never phone numbers";

    public override string PublishWhy => "Anyone can then check the receipts from a browser.";

    public override string NotPublished =>
        "The receipts are not published, so there is nothing to take down.";

    public override string OnlyStewardUnpublishes =>
        "Only a steward or a chat admin can take the page down (a steward of an open loop, or the latest one when none is open).";

    public override string Unpublished(string who) =>
        $"{who} took the public receipts page down. It is gone now; /publish asks the group to put it back.";

    public override string GroupVoteOpened(
        string who,
        string what,
        string why,
        Moment passes,
        string word
    ) =>
        $"🗳 {who} proposes to {what}. {why} It passes {When(passes)} unless someone objects: /object {word} <reason>.";

    public override string NoGroupVoteOn(GroupVoteSubject named, GroupVoteSubject open) =>
        $"No vote on {(named == GroupVoteSubject.Publish ? "publishing" : "AI drafts")} is open. The open group vote is on {(open == GroupVoteSubject.Publish ? "publishing: /object publish <reason>" : "AI drafts: /object ai <reason>")}.";

    public override string GroupObjectionNeedsReason(string word) =>
        $"Please give a reason, so the group can address it: /object {word} <reason>.";

    public override string GroupVoteStopped(GroupVoteSubject subject, string who, string why) =>
        subject == GroupVoteSubject.Publish
            ? $"The receipts stay private: {who} objected ({why}). Anyone can propose it again later with /publish."
            : $"AI drafts stay off: {who} objected ({why}). Anyone can propose it again later with /ai on.";
}
