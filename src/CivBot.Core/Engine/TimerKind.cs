namespace CivBot.Core.Engine;

public enum TimerKind
{
    /// <summary>The current phase's deadline.</summary>
    PhaseDeadline,

    /// <summary>The open vote's deadline.</summary>
    VoteDeadline,

    /// <summary>Remind members who have not voted.</summary>
    VoteReminder,

    /// <summary>Remind the auditor (repeats with backoff, then escalates to the group).</summary>
    AuditNudge,

    /// <summary>Nobody claimed the work: pick a builder by rotation.</summary>
    BuilderPick,

    /// <summary>Remind members short of their check quota.</summary>
    CollectReminder,

    /// <summary>The consent window of a /publish vote closes (group-level: its loop is 0, its epoch the vote's serial).</summary>
    PublishDeadline,

    /// <summary>The consent window of an /ai on vote closes (group-level like <see cref="PublishDeadline"/>).</summary>
    AiVoteDeadline,

    /// <summary>Another chat used this group's link code (due at once; the request rides in <see cref="TimerSpec.Link"/>).</summary>
    LinkRequest,

    /// <summary>The grace after a missed Do deadline is over: the group is told.</summary>
    DoGrace,
}
