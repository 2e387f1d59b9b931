namespace CivBot.Storage.Pipeline;

using CivBot.Core.Engine;
using CivBot.Core.Model;
using CivBot.Core.Ports;

/// <summary>
/// One group's batch on its way to the writer: the events, their engine results when they could be worked out ahead
/// (from the cached state, off the writer's thread), and, once written, the state to cache after commit. Or, with
/// <see cref="Unrouted"/>, one event from someone in no known group (no group, no engine: recorded and answered).
/// </summary>
internal sealed class WriteJob(GroupId group, List<PendingEvent> batch, Precomputed? precomputed)
{
    /// <summary>A job for an event in no known group.</summary>
    public static WriteJob ForUnrouted(PendingEvent pending) =>
        new(default, [pending], null) { Unrouted = true };

    public GroupId Group => group;

    /// <summary>An event in no known group: <see cref="Group"/> is not set and nothing is cached after commit.</summary>
    public bool Unrouted { get; private init; }

    /// <summary>Set by the writer once the job's part of the transaction went through (it is kept if the commit is).</summary>
    public bool Written { get; set; }

    public List<PendingEvent> Batch => batch;

    public Precomputed? Precomputed => precomputed;

    public InboundOutcome[] Outcomes { get; } = new InboundOutcome[batch.Count];

    /// <summary>Set by the writer when the batch was written; null when it failed.</summary>
    public CachedGroup? Committed { get; set; }

    public int OutboxRows { get; set; }

    /// <summary>Members whose last-seen this batch wrote; remembered only once the transaction committed.</summary>
    public List<(MemberId Member, DateTimeOffset At)> Touched { get; } = [];

    /// <summary>Completes when the transaction holding this batch committed or failed.</summary>
    public TaskCompletionSource Done { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>A batch's engine results, worked out from the group's cached state before reaching the writer.</summary>
internal sealed record Precomputed(
    List<EngineResult> Results,
    IReadOnlyDictionary<Core.Replies.Reply, string> ReplyJson,
    GroupState Final,
    string? FinalJson,
    bool Changed,
    long Version,
    DateTimeOffset Now
);
