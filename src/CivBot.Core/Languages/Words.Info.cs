namespace CivBot.Core.Languages;

using CivBot.Core.Flows;
using CivBot.Core.Model;

/// <summary><c>/status</c> and <c>/help</c>.</summary>
public abstract partial class Words
{
    public abstract string NoLoopOpen(int? lastClosed, string? flow, string? timeline);

    public abstract string OpenLoops { get; }

    public abstract string StatusDetails { get; }

    public abstract string StatusWho(
        string asker,
        string flow,
        string steward,
        string? builders,
        string? auditor,
        int supporters
    );

    /// <summary>"Phase: Do (doing it and recording costs), deadline in 2d (Fri 17:00)".</summary>
    public abstract string StatusPhase(PhaseKind kind, Moment? voteCloses, Moment? deadline);

    public abstract string StatusOptions(string options);

    public abstract string StatusDecision(string decision);

    public abstract string StatusSpent(string totals);

    public abstract string StatusChecks(
        int total,
        int done,
        int members,
        int quota,
        string shortOf
    );

    public abstract string StatusNext(string step);

    public abstract string StatusTurnout(int voted, int eligible, int quorum);

    public abstract string StatusConsent(
        string proposal,
        int consent,
        int objections,
        string turnout
    );

    public abstract string StatusVotes(string counts, string turnout);

    public abstract string NextStep(
        Step step,
        int loop,
        string steward,
        string builders,
        string auditor,
        Moment when
    );

    public abstract string RoleName(Role role);

    public abstract string BackInGroup { get; }

    public abstract string OutOfGroup { get; }

    /// <summary>"Which role? /optout steward, …" with the command as the reader types it.</summary>
    public abstract string WhichRole(string command);

    public abstract string RotationBack(Role role);

    public abstract string RotationOut(Role role);

    public abstract string ReceiptsUsage { get; }

    public abstract string NoKitYet { get; }

    public abstract string WhichKit(int loop);

    public abstract string KitUsage(int loop);

    /// <summary>The command list; <paramref name="flowCommands"/> is " · /urgent &lt;need&gt;" for each flow command.</summary>
    public abstract string Help(string flowCommands);

    public abstract string YouHoldRole(Role role, int loop, PhaseKind phase);
}
