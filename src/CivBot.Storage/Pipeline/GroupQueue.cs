namespace CivBot.Storage.Pipeline;

using CivBot.Core.Model;

/// <summary>One group's waiting events and whether a worker is draining them. Guarded by locking the queue itself.</summary>
internal sealed class GroupQueue(GroupId group)
{
    public GroupId Group => group;

    public Queue<PendingEvent> Items { get; } = new();

    public bool Running { get; set; }

    /// <summary>Its worker ran out of events and took it out of the pipeline's queues: a submit must not use it.</summary>
    public bool Removed { get; set; }

    /// <summary>The worker draining the queue (completed when idle); awaited when the pipeline stops.</summary>
    public Task Worker { get; set; } = Task.CompletedTask;
}
