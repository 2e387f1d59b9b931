namespace CivBot.Storage.Pipeline;

using System.Globalization;
using CivBot.Core.Effects;
using CivBot.Core.Engine;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Core.Replies;
using CivBot.Storage.Inbox;
using CivBot.Storage.Timers;
using Microsoft.Extensions.Logging;

internal sealed partial class EventProcessor
{
    /// <summary>
    /// Handles a batch of one group's events in one transaction: per event the inbox dedupe mark, member bookkeeping,
    /// the engine, and its effects (inside a savepoint, so a failing event undoes only its own work); then the group's
    /// new state with an optimistic version check, and one commit for all of them.
    /// </summary>
    private async Task<bool> CommitBatchAsync(GroupQueue queue)
    {
        var group = queue.Group;
        List<PendingEvent> batch = [];
        InboundOutcome[] outcomes = [];
        try
        {
            int outboxRows;
            CachedGroup committed;
            using (var session = await writer.BeginAsync(CancellationToken.None))
            {
                if (TakeBatch(queue) is not { } taken)
                    return false;
                batch = taken;
                outcomes = new InboundOutcome[batch.Count];
                var (loaded, version) = Load(session, group);
                // Optimistic: no per-event savepoint (two statements per event). If any event fails, the batch is
                // rolled back to one batch savepoint and run again with a savepoint per event, so only the failing
                // event's work is lost.
                session.Savepoint();
                (GroupState State, bool Changed, Dictionary<MemberId, InboundEvent> Seen) run;
                try
                {
                    run = Run(session, group, loaded, version == 0, batch, outcomes, guarded: false);
                    session.ReleaseSavepoint();
                }
                catch (UnguardedEventFailed)
                {
                    session.RollbackToSavepoint();
                    session.ReleaseSavepoint();
                    run = Run(session, group, loaded, version == 0, batch, outcomes, guarded: true);
                }
                var (state, changed, seen) = run;
                var now = time.GetUtcNow();
                // Once per member per batch rather than per event: only the latest last-seen matters.
                foreach (var member in seen.Keys)
                    session.TouchMemberGroup(member, group, now);
                if (version == 0)
                    session.InsertGroup(group, StateJson.Serialize(state), now);
                else if (
                    changed && !session.UpdateGroup(group, StateJson.Serialize(state), version, now)
                )
                    throw new InvalidOperationException(
                        $"Group {group} was changed by another writer (expected version {version}); its events will be retried."
                    );
                outboxRows = session.OutboxRows;
                session.Commit();
                committed = new CachedGroup(state, changed || version == 0 ? version + 1 : version);
            }
            _cache[group] = committed;
            foreach (var pending in batch.Where(p => p.BindChat))
                router.Learn(pending.Inbound.Chat, group);
            if (outboxRows > 0)
                outbox.Notify();
            for (var i = 0; i < batch.Count; i++)
                batch[i].Completion.TrySetResult(outcomes[i]);
            return true;
        }
        catch (Exception ex)
        {
            // The whole transaction is gone: forget the cached state (it may be ahead of the database) and fail every
            // waiting submit, so the channel gets an error and retries (the retry is not a duplicate: nothing committed).
            _cache.TryRemove(group, out _);
            logger.LogError(
                ex,
                "Could not commit {Count} event(s) of group {Group}",
                batch.Count,
                group
            );
            foreach (var pending in batch)
                pending.Completion.TrySetException(ex);
            return true;
        }
    }

    private (GroupState State, long Version) Load(WriteSession session, GroupId group)
    {
        if (_cache.TryGetValue(group, out var cached))
            return (cached.State, cached.Version);
        return session.SelectGroup(group) is { } stored
            ? (StateJson.Deserialize(stored.StateJson), stored.Version)
            : (engine.NewGroup(group), 0);
    }

    private (GroupState State, bool Changed, Dictionary<MemberId, InboundEvent> Seen) Run(
        WriteSession session,
        GroupId group,
        GroupState state,
        bool isNew,
        List<PendingEvent> batch,
        InboundOutcome[] outcomes,
        bool guarded
    )
    {
        var changed = isNew;
        var seen = new Dictionary<MemberId, InboundEvent>();
        for (var i = 0; i < batch.Count; i++)
        {
            var (outcome, next) = Handle(session, group, state, batch[i], seen, guarded);
            outcomes[i] = outcome;
            if (!ReferenceEquals(next, state))
            {
                state = next;
                changed = true;
            }
        }
        return (state, changed, seen);
    }

    /// <summary>An event failed in an unguarded run; the batch is retried with a savepoint per event.</summary>
    private sealed class UnguardedEventFailed(Exception inner) : Exception("An event failed in an unguarded batch.", inner);

    private (InboundOutcome Outcome, GroupState State) Handle(
        WriteSession session,
        GroupId group,
        GroupState state,
        PendingEvent pending,
        Dictionary<MemberId, InboundEvent> seen,
        bool guarded
    )
    {
        var e = pending.Inbound;
        var now = time.GetUtcNow();
        if (!session.InsertInbox(e.Chat.Channel, e.PlatformId, group, now, InboxStatus.Processed))
            return (InboundOutcome.Duplicate, state);
        if (pending.BindChat)
            session.BindChat(e.Chat, group, now);
        var isSystem = e.Sender.Id == MemberId.System;
        if (!isSystem)
        {
            // The contact is written at once (a later event of this batch may message the member privately);
            // last-seen only once per member at the end of the batch.
            if (
                e.SenderDirectChat is { } dm
                && !(
                    seen.TryGetValue(e.Sender.Id, out var earlier) && earlier.SenderDirectChat == dm
                )
            )
                session.UpsertContact(e.Sender.Id, dm, now);
            seen[e.Sender.Id] = e;
        }
        // Marked fired outside the savepoint: a timer whose handling fails must not come back every second.
        if (TimerId(e) is { } timerId)
            session.MarkTimerFired(timerId);

        if (!guarded)
        {
            try
            {
                var fast = engine.Handle(state, e, now);
                effects.Apply(session, group, fast.Effects, now);
                return (InboundOutcome.Processed, fast.State);
            }
            catch (Exception ex)
            {
                throw new UnguardedEventFailed(ex);
            }
        }
        session.Savepoint();
        try
        {
            var result = engine.Handle(state, e, now);
            effects.Apply(session, group, result.Effects, now);
            session.ReleaseSavepoint();
            return (InboundOutcome.Processed, result.State);
        }
        catch (Exception ex)
        {
            session.RollbackToSavepoint();
            session.ReleaseSavepoint();
            session.SetInboxStatus(e.Chat.Channel, e.PlatformId, InboxStatus.Failed);
            // No message text and no chat ids in the log: they may hold personal data or phone numbers.
            logger.LogError(
                ex,
                "Handling event {PlatformId} ({Body}) of group {Group} failed; the sender was told",
                e.PlatformId,
                e.Body.GetType().Name,
                group
            );
            if (!isSystem && e.Chat.Channel != TimerScheduler.TimerChannel)
            {
                effects.Send(
                    session,
                    group,
                    new OriginAudience(e.Chat, e.ThreadId),
                    Reply.Plain(BotTexts.SomethingWentWrong),
                    null,
                    now
                );
            }
            return (InboundOutcome.Processed, state);
        }
    }

    private static long? TimerId(InboundEvent e) =>
        e.Body is TimerBody
        && e.Chat.Channel == TimerScheduler.TimerChannel
        && e.PlatformId.StartsWith(TimerScheduler.PlatformIdPrefix, StringComparison.Ordinal)
        && long.TryParse(
            e.PlatformId.AsSpan(TimerScheduler.PlatformIdPrefix.Length),
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var id
        )
            ? id
            : null;
}
