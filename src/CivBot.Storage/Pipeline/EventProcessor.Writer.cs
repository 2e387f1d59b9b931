namespace CivBot.Storage.Pipeline;

using System.Threading.Channels;
using CivBot.Core.Effects;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Core.Replies;
using CivBot.Storage.Inbox;
using CivBot.Storage.Timers;
using Microsoft.Extensions.Logging;

internal sealed partial class EventProcessor
{
    // Batches ready to be written, from every group. One writer drains them: SQLite has one writer anyway.
    private readonly Channel<WriteJob> _writes = Channel.CreateUnbounded<WriteJob>(
        new UnboundedChannelOptions { SingleReader = true }
    );
    private int _writerStarted;
    private Task _writer = Task.CompletedTask;

    // When each (member, group) last-seen was last written, to write it at most once a minute.
    private readonly LastSeenWrites _lastSeen = new(4 * CachedGroups);

    /// <summary>How many events one write transaction takes at most, across groups.</summary>
    private const int EventsPerTransaction = 1024;

    private void EnsureWriter()
    {
        if (Interlocked.Exchange(ref _writerStarted, 1) == 0)
            _writer = Task.Run(WriterLoopAsync);
    }

    /// <summary>
    /// The stop path: no new batch is taken; the batches already handed to the writer are written (their submits
    /// complete), then the writer and every group worker have ended.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        await _writer;
        await Task.WhenAll(_queues.Values.Select(q => q.Worker));
    }

    /// <summary>
    /// Group commit across groups: every batch that is ready when the writer gets its turn goes into one transaction,
    /// each under its own savepoint so one group's failure never touches another's events.
    /// </summary>
    private async Task WriterLoopAsync()
    {
        var reader = _writes.Reader;
        while (await reader.WaitToReadAsync())
        {
            var jobs = new List<WriteJob>();
            var events = 0;
            while (events < EventsPerTransaction && reader.TryRead(out var job))
            {
                jobs.Add(job);
                events += job.Batch.Count;
            }
            await WriteAsync(jobs);
        }
    }

    private async Task WriteAsync(List<WriteJob> jobs)
    {
        var failed = new List<(WriteJob Job, Exception Error)>();
        try
        {
            using (var session = await writer.BeginAsync(CancellationToken.None))
            {
                // PostgreSQL: every group of this transaction is locked up front, in one order, against other instances.
                session.LockGroups(jobs.Where(j => !j.Unrouted).Select(j => j.Group));
                foreach (var job in jobs)
                {
                    session.Savepoint();
                    try
                    {
                        if (job.Unrouted)
                            WriteUnrouted(session, job);
                        else
                            job.Committed = Write(session, job);
                        job.OutboxRows = session.OutboxRows;
                        session.ReleaseSavepoint();
                        job.Written = true;
                    }
                    catch (Exception ex)
                    {
                        session.RollbackToSavepoint();
                        session.ReleaseSavepoint();
                        job.Committed = null;
                        failed.Add((job, ex));
                    }
                }
                session.Commit();
                // A chat linked into or out of a group routes afresh from now on.
                foreach (var chat in session.Rebound)
                    router.Forget(chat);
            }
        }
        catch (Exception ex)
        {
            // The whole transaction is gone (the database failed): every batch in it fails and its channel retries
            // (nothing committed).
            foreach (var job in jobs)
            {
                job.Committed = null;
                job.Written = false;
                if (!job.Unrouted)
                    Forget(job, ex);
                foreach (var pending in job.Batch)
                    pending.Completion.TrySetException(ex);
            }
            foreach (var job in jobs)
                job.Done.TrySetResult();
            return;
        }
        var anyOutbox = false;
        foreach (var job in jobs.Where(j => j.Written))
        {
            if (job.Committed is { } committed)
            {
                _cache.Set(job.Group, committed);
                foreach (var (member, at) in job.Touched)
                    _lastSeen.Written(member, job.Group, at);
                foreach (var pending in job.Batch.Where(p => p.BindChat))
                    router.Learn(pending.Inbound.Chat, job.Group);
            }
            anyOutbox |= job.OutboxRows > 0;
            for (var i = 0; i < job.Batch.Count; i++)
                job.Batch[i].Completion.TrySetResult(job.Outcomes[i]);
        }
        foreach (var (job, error) in failed)
        {
            // An event in no group that could not be written fails its submit (its channel retries), as it always did.
            if (job.Unrouted)
                job.Batch[0].Completion.TrySetException(error);
            else
                anyOutbox |= await FailAsync(job, error);
        }
        _lastSeen.ForgetOld(time.GetUtcNow());
        if (anyOutbox)
            outbox.Notify();
        foreach (var job in jobs)
            job.Done.TrySetResult();
    }

    /// <summary>Forgets the cached state (it may be ahead of the database) and logs why the batch failed.</summary>
    private void Forget(WriteJob job, Exception ex)
    {
        _cache.Remove(job.Group);
        logger.LogError(
            ex,
            "Could not commit {Count} event(s) of group {Group}",
            job.Batch.Count,
            job.Group
        );
    }

    /// <summary>
    /// A batch that could not be written (its group's state or a write failed, even the careful way) fails on its
    /// own, and the group goes on: in a transaction of its own each event is recorded in the inbox as <c>failed</c>
    /// (a replay stays a duplicate), its sender is told, a timer is marked fired; the submits then complete. Only
    /// when that cannot be written either do the submits fail, so the channel retries. Returns whether it queued a reply.
    /// </summary>
    private async Task<bool> FailAsync(WriteJob job, Exception error)
    {
        Forget(job, error);
        var outcomes = new InboundOutcome[job.Batch.Count];
        var replies = false;
        try
        {
            using var session = await writer.BeginAsync(CancellationToken.None);
            session.LockGroups([job.Group]);
            var now = time.GetUtcNow();
            for (var i = 0; i < job.Batch.Count; i++)
            {
                var e = job.Batch[i].Inbound;
                if (
                    !session.InsertInbox(
                        e.Chat.Channel,
                        e.PlatformId,
                        job.Group,
                        now,
                        InboxStatus.Failed
                    )
                )
                {
                    outcomes[i] = InboundOutcome.Duplicate;
                    continue;
                }
                outcomes[i] = InboundOutcome.Processed;
                if (TimerId(e) is { } timerId)
                    session.MarkTimerFired(timerId);
                if (e.Sender.Id != MemberId.System && e.Chat.Channel != TimerScheduler.TimerChannel)
                {
                    effects.Send(
                        session,
                        null,
                        new OriginAudience(e.Chat, e.ThreadId),
                        // The group's state is what failed: the sender's locale, else the deployment's language.
                        Reply.Plain(engine.LanguageOf(null, e).SomethingWentWrong),
                        null,
                        now
                    );
                    replies = true;
                }
            }
            session.Commit();
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not record the failed batch of group {Group}", job.Group);
            foreach (var pending in job.Batch)
                pending.Completion.TrySetException(error);
            return false;
        }
        for (var i = 0; i < job.Batch.Count; i++)
            job.Batch[i].Completion.TrySetResult(outcomes[i]);
        return replies;
    }
}
