namespace CivBot.Core.Languages;

/// <summary>Reminders and deadlines, and the steward's moves (<c>/next</c>).</summary>
public abstract partial class Words
{
    public abstract string VoteReminder(int loop, Moment closes, string usage);

    public abstract string CollectReminder(int loop, Moment closes, int sent, int quota);

    public abstract string CollectionOver(
        int loop,
        int total,
        int done,
        int members,
        string shortOf
    );

    public abstract string DeliberationUp(int loop);

    public abstract string NoOptionsToVoteOn(int loop);

    public abstract string DoLeavesWhenDone(int loop, string builders, Moment deadline);

    public abstract string NoOtherAuditor(int loop, string? auditor);

    public abstract string NewAuditor(string auditor, int loop, string why);
}
