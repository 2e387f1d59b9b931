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

    // ---- /handoff and /withdraw ----

    public abstract string NoRoleOn(int loop);

    public abstract string NoRoleAnywhere { get; }

    public abstract string SayWhichRole(string loops, int last);

    public abstract string NobodyElseToSteward(int loop);

    public abstract string StewardHandedOn(string who, int loop, string next);

    public abstract string OnlyAskerOrSteward(string asker, string steward, int loop);

    /// <summary>"by ann (no longer needed)": who withdrew, with their reason when they gave one.</summary>
    public abstract string WithdrawnBy(string who, string? reason);

    public abstract string WithdrawnDone(int loop);
}
