namespace CivBot.Core.Languages;

using CivBot.Core.Engine;

/// <summary>The public receipts page (<c>/publish</c>, <c>/unpublish</c>) and the group consent votes it and AI drafts use.</summary>
public abstract partial class Words
{
    public abstract string AlreadyPublished { get; }

    public abstract string PublishVoteAlreadyOpen(Moment passes);

    public abstract string PublishUsage { get; }

    /// <summary>What a publish vote decides, after "proposes to"; <paramref name="slug"/> is null for an unguessable address.</summary>
    public abstract string PublishWhat(string? slug, bool evidence);

    public abstract string PublishWhy { get; }

    public abstract string NotPublished { get; }

    public abstract string OnlyStewardUnpublishes { get; }

    public abstract string Unpublished(string who);

    // ---- Group consent votes ----

    /// <summary><paramref name="word"/> names the vote after /object: "publish", "ai".</summary>
    public abstract string GroupVoteOpened(
        string who,
        string what,
        string why,
        Moment passes,
        string word
    );

    public abstract string NoGroupVoteOn(GroupVoteSubject named, GroupVoteSubject open);

    public abstract string GroupObjectionNeedsReason(string word);

    public abstract string GroupVoteStopped(GroupVoteSubject subject, string who, string why);
}
