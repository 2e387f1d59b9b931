namespace CivBot.Core.Languages;

/// <summary>Phase changes, closing, and the reasons a loop moves on.</summary>
public abstract partial class Words
{
    public abstract string BackInListen(int loop, string why, Moment next);

    public abstract string MovesToDeliberate(
        int loop,
        string why,
        string steward,
        int options,
        Moment opens
    );

    public abstract string CollectStarted(int loop, int quota, Moment deadline);

    public abstract string LoopClosed(int loop, string why);

    /// <param name="bySms">The ask came by SMS, where commands are words ("receipts #2"), not slash commands.</param>
    public abstract string YourAskClosed(int loop, string why, bool bySms);

    /// <summary>"Loop #3 closed without a decision: no quorum."</summary>
    public abstract string LoopClosedUndecided(int loop, string how, string why);

    public abstract string YourAskClosedUndecided(int loop, string how, string why);

    // ---- How a loop ends without a decision ----

    public abstract string ClosedWithoutDecision { get; }

    public abstract string ClosedPlainly { get; }

    public abstract string WasWithdrawn { get; }

    public abstract string ClosedNoOptions { get; }

    // ---- Why a loop moved on ----

    public abstract string AuditConfirmedBy(string who);

    public abstract string RolledBackAfterAudit { get; }

    public abstract string AuditFlaggedToFix { get; }

    public abstract string DoneReported { get; }

    public abstract string MovedOnBy(string who);

    public abstract string ClosedEarlyBy(string who);

    public abstract string PickedAgainBy(string who);

    public abstract string HandedOnBy(string who);

    public abstract string TheDeadlinePassed { get; }

    public abstract string ListenDeadlinePassed { get; }

    public abstract string CollectionDeadlinePassed { get; }

    public abstract string EveryoneVoted { get; }

    public abstract string EveryoneResponded { get; }

    public abstract string NoQuorumReached { get; }

    public abstract string NoOptionsProposed { get; }

    public abstract string ObjectionRaised { get; }

    public abstract string Decided { get; }

    public abstract string NobodyProposedIn(int rounds);

    public abstract string AfterRounds(string why, int rounds);
}
