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
    /// Writes one group's batch inside the writer's transaction: per event the inbox dedupe mark, member bookkeeping and
    /// the engine's effects; then the group's new state with an optimistic version check. Uses the precomputed engine
    /// results when they still apply; otherwise (new group, replay, failure) runs the engine here, first without and
    /// then, if an event fails, with a savepoint per event so only that event's work is lost.
    /// </summary>
    private CachedGroup Write(WriteSession session, WriteJob job)
    {
        var group = job.Group;
        var batch = job.Batch;
        var outcomes = job.Outcomes;
        var (loaded, version) = Load(session, group);
        (GroupState State, bool Changed, Dictionary<MemberId, InboundEvent> Seen) run;
        string? json = null;
        if (
            job.Precomputed is { } pre
            && pre.Version == version
            && ApplyPrecomputed(session, group, batch, pre, outcomes) is { } seenFast
        )
        {
            run = (pre.Final, pre.Changed, seenFast);
            json = pre.FinalJson;
        }
        else
        {
            session.Savepoint();
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
        }
        var (state, changed, seen) = run;
        var now = time.GetUtcNow();
        // Last-seen only routes a member's private messages to their most recent group, so minute precision is
        // plenty: write it when it is new or a minute old, not for every batch.
        foreach (var member in seen.Keys)
        {
            if (_lastSeen.IsFresh(member, group, now))
                continue;
            session.TouchMemberGroup(member, group, now);
            job.Touched.Add((member, now));
        }
        if (version == 0)
            session.InsertGroup(group, json ?? StateJson.Serialize(state), now);
        else if (
            changed && !session.UpdateGroup(group, json ?? StateJson.Serialize(state), version, now)
        )
            throw new InvalidOperationException(
                $"Group {group} was changed by another writer (expected version {version}); its events will be retried."
            );
        return new CachedGroup(state, changed || version == 0 ? version + 1 : version);
    }

    /// <summary>Null when the group is not cached yet or an event throws: the writer then runs the engine itself.</summary>
    private Precomputed? Precompute(GroupId group, List<PendingEvent> batch)
    {
        if (!_cache.TryGetValue(group, out var cached))
            return null;
        var now = time.GetUtcNow();
        var state = cached.State;
        var changed = false;
        var results = new List<EngineResult>(batch.Count);
        try
        {
            foreach (var pending in batch)
            {
                var result = engine.Handle(state, pending.Inbound, now);
                results.Add(result);
                changed |= !ReferenceEquals(result.State, state);
                state = result.State;
            }
            return new Precomputed(
                results,
                EffectWriter.SerializeReplies(results.SelectMany(r => r.Effects)),
                state,
                changed ? StateJson.Serialize(state) : null,
                changed,
                cached.Version,
                now
            );
        }
        catch (Exception)
        {
            // Not logged here: the writer runs the same event again, records it as failed, logs it and tells the sender.
            return null;
        }
    }

    /// <summary>
    /// Writes precomputed results. Returns null, with its writes rolled back to the batch's savepoint (set by the
    /// writer), when an event turns out to be a replay or a write fails; the batch is then handled again by running the
    /// engine under the writer.
    /// </summary>
    private Dictionary<MemberId, InboundEvent>? ApplyPrecomputed(
        WriteSession session,
        GroupId group,
        List<PendingEvent> batch,
        Precomputed pre,
        InboundOutcome[] outcomes
    )
    {
        var seen = new Dictionary<MemberId, InboundEvent>();
        try
        {
            // The batch's inbox marks at once (PostgreSQL: one round trip); any replay sends the batch the careful way.
            if (
                !session.InsertInboxAll(
                    [.. batch.Select(p => p.Inbound)],
                    group,
                    pre.Now,
                    InboxStatus.Processed
                )
            )
            {
                session.RollbackToSavepoint();
                return null;
            }
            for (var i = 0; i < batch.Count; i++)
            {
                Bookkeep(session, group, batch[i], seen, pre.Now, inboxMarked: true);
                effects.Apply(session, group, pre.Results[i], pre.Now, pre.ReplyJson);
                outcomes[i] = InboundOutcome.Processed;
            }
            return seen;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            session.RollbackToSavepoint();
            return null;
        }
    }

    /// <summary>An event's inbox mark (unless already made for the batch) and member bookkeeping; false when it is a replay.</summary>
    private bool Bookkeep(
        WriteSession session,
        GroupId group,
        PendingEvent pending,
        Dictionary<MemberId, InboundEvent> seen,
        DateTimeOffset now,
        bool inboxMarked = false
    )
    {
        var e = pending.Inbound;
        if (
            !inboxMarked
            && !session.InsertInbox(e.Chat.Channel, e.PlatformId, group, now, InboxStatus.Processed)
        )
            return false;
        if (pending.BindChat)
            session.BindChat(e.Chat, group, now);
        if (e.Sender.Id != MemberId.System)
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
        // Marked fired outside any event savepoint: a timer whose handling fails must not come back every second.
        if (TimerId(e) is { } timerId)
            session.MarkTimerFired(timerId);
        return true;
    }

    /// <summary>
    /// The group's state as committed. A cached state is used only when the stored version is still the cached one:
    /// another instance (or process) may have written the group since, and the engine must never see stale state.
    /// </summary>
    private (GroupState State, long Version) Load(WriteSession session, GroupId group)
    {
        if (_cache.TryGetValue(group, out var cached))
        {
            var stored = session.GroupVersion(group, cached.Version);
            if (stored is { StateJson: null })
                return (cached.State, cached.Version);
            _cache.Remove(group);
            return stored is { StateJson: { } newer }
                ? (StateJson.Deserialize(newer), stored.Value.Version)
                : (engine.NewGroup(group), 0);
        }
        return session.SelectGroup(group) is { } row
            ? (StateJson.Deserialize(row.StateJson), row.Version)
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
    private sealed class UnguardedEventFailed(Exception inner)
        : Exception("An event failed in an unguarded batch.", inner);

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
        if (!Bookkeep(session, group, pending, seen, now))
            return (InboundOutcome.Duplicate, state);
        var isSystem = e.Sender.Id == MemberId.System;
        if (!guarded)
        {
            try
            {
                var fast = engine.Handle(state, e, now);
                effects.Apply(session, group, fast, now);
                // A write that fails surfaces here, as this event's failure (PostgreSQL queues writes until now).
                session.Flush();
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
            effects.Apply(session, group, result, now);
            session.Flush();
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
                    Reply.Plain(engine.LanguageOf(state, e).SomethingWentWrong),
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
