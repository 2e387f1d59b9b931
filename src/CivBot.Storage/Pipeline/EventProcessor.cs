namespace CivBot.Storage.Pipeline;

using System.Collections.Concurrent;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Core.Replies;
using CivBot.Storage.Inbox;
using CivBot.Storage.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// The inbound pipeline: one group, one queue. A group's events are handled strictly in submission order by one worker
/// at a time; different groups run in parallel up to the single SQLite writer, where queued events of a group are
/// committed together. A submit completes only when its event is durable.
/// </summary>
internal sealed partial class EventProcessor(
    IGroupEngine engine,
    WriterConnection writer,
    EffectWriter effects,
    GroupRouter router,
    OutboxSignal outbox,
    TimeProvider time,
    IOptions<StorageOptions> options,
    ILogger<EventProcessor> logger
) : IInboundSink, IGroupEvents, IAsyncDisposable
{
    private readonly int _batchSize = Math.Max(1, options.Value.BatchSize);

    // One entry per group with events queued or being handled: a worker that runs out of events removes its queue, so
    // memory follows the busy groups, not every group ever seen (a few hundred bytes each, ~3 MB for 10,000).
    private readonly ConcurrentDictionary<GroupId, GroupQueue> _queues = new();

    // Whole group states are kilobytes each: only the most recently used stay in memory.
    private readonly GroupStateCache _cache = new(CachedGroups);

    /// <summary>How many groups' states are kept in memory.</summary>
    internal const int CachedGroups = 1000;

    /// <summary>How many groups have a queue now (events waiting or being handled).</summary>
    internal int QueuedGroups => _queues.Count;

    public async Task<InboundOutcome> SubmitAsync(
        InboundEvent inbound,
        CancellationToken cancellationToken
    )
    {
        var started = time.GetTimestamp();
        var channel = inbound.Chat.Channel;
        // Whatever the channel, the engine only ever sees valid, printable Unicode.
        inbound = InboundText.Clean(inbound);
        var route = router.Resolve(inbound);
        try
        {
            var outcome = await (
                route.Group is { } group
                    ? EnqueueAsync(
                        group,
                        new PendingEvent(inbound, route.BindChat),
                        cancellationToken
                    )
                    : SubmitUnroutedAsync(inbound, cancellationToken)
            );
            StorageMetrics.Event(
                channel,
                outcome == InboundOutcome.Duplicate ? "duplicate"
                    : route.Group is null ? "unrouted"
                    : "processed",
                time.GetElapsedTime(started)
            );
            return outcome;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            StorageMetrics.Event(channel, "failed", time.GetElapsedTime(started));
            throw;
        }
    }

    /// <summary>Submits an event whose group is already known (timers carry their group; so do AI draft outcomes).</summary>
    public Task<InboundOutcome> SubmitToGroupAsync(
        GroupId group,
        InboundEvent inbound,
        CancellationToken cancellationToken
    ) => EnqueueAsync(group, new PendingEvent(inbound, false), cancellationToken);

    private Task<InboundOutcome> EnqueueAsync(
        GroupId group,
        PendingEvent pending,
        CancellationToken cancellationToken
    )
    {
        GroupQueue queue;
        bool start;
        while (true)
        {
            queue = _queues.GetOrAdd(group, id => new GroupQueue(id));
            lock (queue)
            {
                // Its worker ran out of events and removed it after it was looked up: take the group's new queue.
                if (queue.Removed)
                    continue;
                queue.Items.Enqueue(pending);
                start = !queue.Running;
                queue.Running = true;
                break;
            }
        }
        if (start)
            queue.Worker = DrainAsync(queue);
        // Cancelling stops the wait, not the work: once queued the event is handled (a retry will be a duplicate).
        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// A group's worker: takes what has queued, works out the engine results from the cached state (pure, no lock),
    /// hands the batch to the single writer and waits for its commit before taking the next, so a group's events stay
    /// in order and each batch starts from committed state. Different groups' workers run side by side.
    /// </summary>
    private async Task DrainAsync(GroupQueue queue)
    {
        await Task.Yield();
        while (TakeBatch(queue) is { } batch)
        {
            var job = new WriteJob(queue.Group, batch, Precompute(queue.Group, batch));
            if (!_writes.Writer.TryWrite(job))
            {
                // Stopping: nothing of this batch was written, so its channel gets an error and retries elsewhere.
                foreach (var pending in batch)
                    pending.Completion.TrySetException(
                        new ObjectDisposedException(nameof(EventProcessor), "CivBot is stopping.")
                    );
                continue;
            }
            EnsureWriter();
            await job.Done.Task;
        }
    }

    /// <summary>
    /// Takes the group's queued events, or stops the worker (returns null) when there are none; then the queue is
    /// removed (under its lock, so a submit either queued before this or finds it removed and makes a new one).
    /// </summary>
    private List<PendingEvent>? TakeBatch(GroupQueue queue)
    {
        var batch = new List<PendingEvent>();
        lock (queue)
        {
            while (batch.Count < _batchSize && queue.Items.TryDequeue(out var next))
                batch.Add(next);
            if (batch.Count == 0)
            {
                queue.Running = false;
                queue.Removed = true;
                _queues.TryRemove(KeyValuePair.Create(queue.Group, queue));
                return null;
            }
        }
        return batch;
    }

    /// <summary>
    /// A private message from someone in no known group: record it and tell them how to start. It goes to the writer
    /// like a group's batch, so messages from many strangers at once share one transaction (and the write gate) instead
    /// of one each; the submit completes once that transaction committed.
    /// </summary>
    private Task<InboundOutcome> SubmitUnroutedAsync(
        InboundEvent inbound,
        CancellationToken cancellationToken
    )
    {
        var pending = new PendingEvent(inbound, false);
        if (!_writes.Writer.TryWrite(WriteJob.ForUnrouted(pending)))
            throw new ObjectDisposedException(nameof(EventProcessor), "CivBot is stopping.");
        EnsureWriter();
        // Cancelling stops the wait, not the work: once queued the event is handled (a retry will be a duplicate).
        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Writes an unrouted event inside the writer's transaction: the inbox mark, the contact, the hint.</summary>
    private void WriteUnrouted(WriteSession session, WriteJob job)
    {
        var inbound = job.Batch[0].Inbound;
        var now = time.GetUtcNow();
        if (
            !session.InsertInbox(
                inbound.Chat.Channel,
                inbound.PlatformId,
                null,
                now,
                InboxStatus.Unrouted
            )
        )
        {
            job.Outcomes[0] = InboundOutcome.Duplicate;
            return;
        }
        if (inbound.SenderDirectChat is { } dm && inbound.Sender.Id != MemberId.System)
            session.UpsertContact(inbound.Sender.Id, dm, now);
        effects.Send(
            session,
            null,
            new Core.Effects.OriginAudience(inbound.Chat, inbound.ThreadId),
            Reply.Plain(
                engine.LanguageOf(null, inbound).UnknownGroup(inbound.Chat.Channel == "sms")
            ),
            null,
            now
        );
        job.Outcomes[0] = InboundOutcome.Processed;
    }
}
