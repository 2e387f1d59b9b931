namespace CivBot.Storage.Outbox;

using System.Collections.Concurrent;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Core.Replies;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

/// <summary>
/// Sends due outbox rows through each channel's sender, in id order per chat: a chat stops at its first row that is not
/// due yet or that failed this round, so later messages never overtake earlier ones. Chats progress independently.
/// </summary>
public sealed partial class OutboxDispatcher(
    IDbContextFactory<CivBotDbContext> contexts,
    IEnumerable<IChannelSender> senders,
    WriteGate gate,
    OutboxSignal signal,
    TimeProvider time,
    Microsoft.Extensions.Options.IOptions<StorageOptions> options,
    ILogger<OutboxDispatcher> logger
)
{
    /// <summary>After this many attempts a message is marked failed (with an error log) instead of retried forever.</summary>
    public const int MaxAttempts = 20;

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    // A few chats at once: enough that one slow platform does not hold up the others, few enough for 2 cores.
    private const int ChatsInParallel = 4;

    private readonly Dictionary<string, IChannelSender> _senders = senders.ToDictionary(
        s => s.Channel,
        StringComparer.Ordinal
    );
    private readonly ConcurrentDictionary<string, bool> _warnedChannels = new(
        StringComparer.Ordinal
    );

    /// <summary>Sends what is due now; returns how many messages were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        List<OutboxEntity> pending;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            pending = await db
                .Outbox.AsNoTracking()
                .Where(o => o.Status == OutboxStatus.Pending)
                .OrderBy(o => o.Id)
                .Take(Math.Max(1, options.Value.DispatchBatch))
                .ToListAsync(cancellationToken);
        }
        if (pending.Count == 0)
            return 0;
        var now = UnixTime.Ms(time.GetUtcNow());
        // GroupBy keeps first-appearance order and the id order inside each chat.
        var chats = pending.GroupBy(o => (o.Channel, o.ChatId)).Select(g => g.ToList()).ToList();
        var sent = 0;
        if (options.Value.DispatchInIdOrder)
            return await DispatchInIdOrderAsync(pending, now, cancellationToken);
        await Parallel.ForEachAsync(
            chats,
            new ParallelOptions
            {
                MaxDegreeOfParallelism = ChatsInParallel,
                CancellationToken = cancellationToken,
            },
            async (rows, token) =>
            {
                var n = await DispatchChatAsync(rows, now, token);
                Interlocked.Add(ref sent, n);
            }
        );
        return sent;
    }

    /// <summary>One row at a time in global id order; a chat that stopped (not due, retry) is skipped from then on.</summary>
    private async Task<int> DispatchInIdOrderAsync(
        List<OutboxEntity> pending,
        long now,
        CancellationToken cancellationToken
    )
    {
        var stopped = new HashSet<(string, string)>();
        var sent = 0;
        foreach (var row in pending)
        {
            if (stopped.Contains((row.Channel, row.ChatId)))
                continue;
            var n = await DispatchChatAsync([row], now, cancellationToken);
            sent += n;
            if (n == 0 && await StillPendingAsync(row.Id, cancellationToken))
                stopped.Add((row.Channel, row.ChatId));
        }
        return sent;
    }

    private async Task<bool> StillPendingAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.AnyAsync(
            o => o.Id == id && o.Status == OutboxStatus.Pending,
            cancellationToken
        );
    }

    private async Task<int> DispatchChatAsync(
        List<OutboxEntity> rows,
        long now,
        CancellationToken cancellationToken
    )
    {
        var sent = 0;
        foreach (var row in rows)
        {
            if (row.NextAttemptAt > now)
                break;
            if (!_senders.TryGetValue(row.Channel, out var sender))
            {
                if (_warnedChannels.TryAdd(row.Channel, true))
                    logger.LogWarning(
                        "No sender is registered for channel {Channel}: its messages stay queued",
                        row.Channel
                    );
                break;
            }
            var result = await SendAsync(sender, row, cancellationToken);
            switch (result)
            {
                case Sent ok:
                    await MarkSentAsync(row, ok, cancellationToken);
                    sent++;
                    break;
                case RetryLater retry:
                    if (await ScheduleRetryAsync(row, retry, cancellationToken))
                        return sent;
                    break;
                case Undeliverable undeliverable:
                    await MarkUndeliverableAsync(row, undeliverable, cancellationToken);
                    break;
                default:
                    throw new NotSupportedException(
                        $"Unknown send result {result.GetType().Name}."
                    );
            }
        }
        return sent;
    }

    private async Task<SendResult> SendAsync(
        IChannelSender sender,
        OutboxEntity row,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var message = new OutboundMessage(
                row.Id,
                new ChatAddress(row.Channel, row.ChatId),
                row.ThreadId,
                row.IsDirect,
                row.RecipientHandle,
                row.MentionHandle,
                ReplyJson.Deserialize(row.ReplyJson),
                row.EditKey,
                row.EditKey is { } key ? await EditTargetAsync(row, key, cancellationToken) : null,
                row.MentionHandle is not null && row.MemberId is { } mentioned
                    ? new MemberId(mentioned)
                    : null
            );
            return await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A sender that throws is treated as a transient failure: the message stays queued and is retried.
            logger.LogWarning(
                ex,
                "Sending outbox message {Id} on {Channel} threw",
                row.Id,
                row.Channel
            );
            return new RetryLater(ex.GetType().Name);
        }
    }

    /// <summary>The platform id of the latest message sent to this chat under the same edit key, to edit in place.</summary>
    private async Task<string?> EditTargetAsync(
        OutboxEntity row,
        string editKey,
        CancellationToken cancellationToken
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db
            .Outbox.AsNoTracking()
            .Where(o =>
                o.Channel == row.Channel
                && o.ChatId == row.ChatId
                && o.EditKey == editKey
                && o.Status == OutboxStatus.Sent
                && o.PlatformMessageId != null
                && o.Id < row.Id
            )
            .OrderByDescending(o => o.Id)
            .Select(o => o.PlatformMessageId)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
