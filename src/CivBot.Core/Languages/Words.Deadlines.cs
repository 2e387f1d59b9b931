namespace CivBot.Core.Languages;

/// <summary>Deadlines that act: a late Do, a builder picked by rotation, an auditor who does not answer.</summary>
public abstract partial class Words
{
    public abstract string DoLateToBuilder(int loop);

    public abstract string DoLateToSteward(int loop, Moment groupTold);

    /// <summary>The group hears of a late Do; <paramref name="builders"/> is null when nobody claimed it.</summary>
    public abstract string DoLateToGroup(int loop, string? builders, string? steward);

    public abstract string NobodyClaimed(int loop);

    public abstract string AskedForBuilders(string who, bool replacing, int loop);

    public abstract string HandedOnLoop(string who, int loop);

    public abstract string NoBuilderLeft(string why, int loop);

    public abstract string BuilderPicked(string why, string builder, int loop);

    public abstract string PickedToBuild(int loop, string decision);

    public abstract string AuditorDidNotAnswer(string auditor, int reminders);

    public abstract string StillNoAudit(int loop, string why, string steward);

    public abstract string AuditStuck(int loop);

    public abstract string NotAudited(int asked, string who);
}
