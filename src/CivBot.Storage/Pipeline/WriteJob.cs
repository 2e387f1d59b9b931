namespace CivBot.Storage.Pipeline;

using CivBot.Core.Engine;
using CivBot.Core.Model;
using CivBot.Core.Ports;

/// <summary>
/// One group's batch on its way to the writer: the events, their engine results when they could be worked out ahead
/// (from the cached state, off the writer's thread), and, once written, the state to cache after commit.
/// </summary>
internal sealed class WriteJob(GroupId group, List<PendingEvent> batch, Precomputed? precomputed)
{
    public GroupId Group => group;

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
