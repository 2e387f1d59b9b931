namespace CivBot.Storage.Pipeline;

using System.Threading.Channels;
using Microsoft.Extensions.Logging;

internal sealed partial class EventProcessor
{
    // Batches ready to be written, from every group. One writer drains them: SQLite has one writer anyway.
    private readonly Channel<WriteJob> _writes = Channel.CreateUnbounded<WriteJob>(
        new UnboundedChannelOptions { SingleReader = true }
    );
    private int _writerStarted;

    // When each (member, group) last-seen was last written, to write it at most once a minute.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<
        (CivBot.Core.Model.MemberId, CivBot.Core.Model.GroupId),
        DateTimeOffset
    > _lastSeen = new();
    private static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(1);
    private const int LastSeenRemembered = 4 * CachedGroups;

    /// <summary>How many events one write transaction takes at most, across groups.</summary>
    private const int EventsPerTransaction = 1024;

    private void EnsureWriter()
    {
        if (Interlocked.Exchange(ref _writerStarted, 1) == 0)
            _ = Task.Run(WriterLoopAsync);
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
        try
        {
            using (var session = await writer.BeginAsync(CancellationToken.None))
            {
                foreach (var job in jobs)
                {
                    session.Savepoint();
                    try
                    {
                        job.Committed = Write(session, job);
                        job.OutboxRows = session.OutboxRows;
                        session.ReleaseSavepoint();
                    }
                    catch (Exception ex)
                    {
                        session.RollbackToSavepoint();
                        session.ReleaseSavepoint();
                        job.Committed = null;
                        Fail(job, ex);
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
            // The whole transaction is gone: every batch in it fails and its channel retries (nothing committed).
            foreach (var job in jobs.Where(j => j.Committed is not null))
            {
                job.Committed = null;
                Fail(job, ex);
            }
            foreach (var job in jobs)
                job.Done.TrySetResult();
            return;
        }
        var anyOutbox = false;
        foreach (var job in jobs.Where(j => j.Committed is not null))
        {
            _cache.Set(job.Group, job.Committed!);
            foreach (var (member, at) in job.Touched)
                _lastSeen[(member, job.Group)] = at;
            foreach (var pending in job.Batch.Where(p => p.BindChat))
                router.Learn(pending.Inbound.Chat, job.Group);
            anyOutbox |= job.OutboxRows > 0;
            for (var i = 0; i < job.Batch.Count; i++)
                job.Batch[i].Completion.TrySetResult(job.Outcomes[i]);
        }
        ForgetOldLastSeen();
        if (anyOutbox)
            outbox.Notify();
        foreach (var job in jobs)
            job.Done.TrySetResult();
    }

    /// <summary>
    /// A last-seen a minute old is written again at the member's next event whether remembered or not, so once there
    /// are many, those are dropped: memory follows the members active in the last minute, not all ever seen.
    /// </summary>
    private void ForgetOldLastSeen()
    {
        if (_lastSeen.Count <= LastSeenRemembered)
            return;
        var old = time.GetUtcNow() - LastSeenPrecision;
        foreach (var (key, at) in _lastSeen)
            if (at <= old)
                _lastSeen.TryRemove(key, out _);
    }

    /// <summary>
    /// Forgets the cached state (it may be ahead of the database) and fails the batch's submits, so the channel gets
    /// an error and retries; the retry is not a duplicate because nothing of it committed.
    /// </summary>
    private void Fail(WriteJob job, Exception ex)
    {
        _cache.Remove(job.Group);
        logger.LogError(
            ex,
            "Could not commit {Count} event(s) of group {Group}",
            job.Batch.Count,
            job.Group
        );
        foreach (var pending in job.Batch)
            pending.Completion.TrySetException(ex);
    }
}
