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
/// due yet or that failed this round, so later messages never overtake earlier ones. Chats and channels progress
/// independently: a chat is claimed while it is being sent, and work is picked by each chat's oldest pending row, so a
/// backlog, an outage or a slow answer in one chat or channel never holds back another's messages.
/// </summary>
public sealed partial class OutboxDispatcher(
    IDbContextFactory<CivBotDbContext> contexts,
    DbConnections connections,
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

    /// <summary>Whether a failed attempt at <paramref name="row"/> now is its last: the row is given up on, not retried.</summary>
    private static bool GivesUp(OutboxEntity row) => row.Attempts + 1 >= MaxAttempts;

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    // Rows of one chat loaded at a time; a chat with more is continued in the same turn.
    private const int ChatChunk = 100;

    private readonly Dictionary<string, IChannelSender> _senders = senders.ToDictionary(
        s => s.Channel,
        StringComparer.Ordinal
    );
    private readonly ConcurrentDictionary<string, bool> _warnedChannels = new(
        StringComparer.Ordinal
    );

    // Chats being sent right now (by a channel loop or a DispatchDueAsync call): nobody else touches them meanwhile.
    private readonly ConcurrentDictionary<(string, string), bool> _claimed = new();

    /// <summary>The channels that have a sender, each dispatched by its own loop.</summary>
    public IReadOnlyCollection<string> Channels => _senders.Keys;

    /// <summary>How many chats of one channel are sent at the same time; the senders' rate limiters pace them.</summary>
    public int ChatsInParallel => Math.Max(1, options.Value.ChatsInParallel);

    /// <summary>Sends what is due now, every channel and chat, and waits for all of it; returns how many were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DispatchInIdOrder)
            return await DispatchInIdOrderAsync(cancellationToken);
        var chats = await DueChatsAsync(null, int.MaxValue, cancellationToken);
        if (chats.Count == 0)
            return 0;
        var sent = 0;
        await Task.WhenAll(
            chats
                .GroupBy(c => c.Channel, StringComparer.Ordinal)
                .Select(channel =>
                    Parallel.ForEachAsync(
                        channel,
                        new ParallelOptions
                        {
                            MaxDegreeOfParallelism = ChatsInParallel,
                            CancellationToken = cancellationToken,
                        },
                        async (chat, token) =>
                            Interlocked.Add(ref sent, await DispatchChatAsync(chat, token))
                    )
                )
        );
        return sent;
    }

    /// <summary>
    /// Chats (of one channel, or all) whose oldest pending row is due, oldest first, leaving out chats being sent now.
    /// A chat whose head waits for a retry is not listed, and its later rows wait behind it.
    /// </summary>
    public async Task<List<DueChat>> DueChatsAsync(
        string? channel,
        int limit,
        CancellationToken cancellationToken
    )
    {
        var now = UnixTime.Ms(time.GetUtcNow());
        var me = Me;
        var claimed = _claimed.Count;
        // Plain SQL, so the dispatcher's poll never builds EF Core's model (the host is ready sooner). A chat whose head
        // another instance holds a live claim on is that instance's to send.
        await using var connection = await connections.ConnectAsync(cancellationToken);
        await using var heads = Sql.Command(
                connection,
                DueChatsSql(oneChannel: channel is not null, limited: limit != int.MaxValue)
            )
            .With("now", now)
            .With("me", me);
        if (channel is not null)
            heads.With("channel", channel);
        if (limit != int.MaxValue)
            heads.With("n", (long)limit + claimed);
        var rows = new List<DueChat>();
        await using (var reader = await heads.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(new DueChat(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        return [.. rows.Where(c => !_claimed.ContainsKey((c.Channel, c.ChatId))).Take(limit)];
    }

    /// <summary>
    /// Each chat's head (its oldest pending row) from the partial index of pending rows alone, then only the heads are
    /// read. The status is a literal, not a parameter, so SQLite knows that index applies; as a parameter it scanned the
    /// whole outbox, once per look (OutboxDispatcherService looks whenever messages are queued).
    /// </summary>
    internal static string DueChatsSql(bool oneChannel, bool limited) =>
        "SELECT o.channel, o.chat_id, o.id FROM (SELECT min(id) AS id FROM outbox WHERE status = 'pending'"
        + (oneChannel ? " AND channel = @channel" : "")
        + " GROUP BY channel, chat_id) h JOIN outbox o ON o.id = h.id "
        + "WHERE o.next_attempt_at <= @now "
        + "AND (o.claimed_by IS NULL OR o.claimed_by = @me OR o.lease_until < @now)"
        + " ORDER BY o.id"
        + (limited ? " LIMIT @n" : "");

    /// <summary>
    /// Sends one chat's due rows in id order until one is not due or must wait, or <paramref name="most"/> rows were
    /// dealt with; returns how many were sent. The chat is claimed in the database first (see
    /// OutboxDispatcher.Claims), so no other instance sends it meanwhile.
    /// </summary>
    public async Task<int> DispatchChatAsync(
        DueChat chat,
        CancellationToken cancellationToken,
        int most = int.MaxValue
    )
    {
        var key = (chat.Channel, chat.ChatId);
        if (!_claimed.TryAdd(key, true))
            return 0;
        var gaveBack = false;
        try
        {
            var sent = 0;
            var left = most;
            while (left > 0)
            {
                var take = Math.Min(ChatChunk, left);
                var claimedAt = time.GetUtcNow();
                var rows = await ClaimChatAsync(chat, take, cancellationToken);
                if (rows.Count == 0)
                    break;
                left -= rows.Count;
                // The turn ends after these rows (the chat has no more, or its share is used up): the last row's
                // result gives the claim back in the same write.
                var turn = new Turn(chat, claimedAt, EndsAfterRows: rows.Count < take || left <= 0);
                var (n, finished, released) = await DispatchRowsAsync(
                    rows,
                    UnixTime.Ms(time.GetUtcNow()),
                    cancellationToken,
                    turn
                );
                sent += n;
                gaveBack = released;
                if (!finished || turn.EndsAfterRows)
                    break;
            }
            return sent;
        }
        finally
        {
            if (!gaveBack)
                await ReleaseAsync(chat);
            _claimed.TryRemove(key, out _);
        }
    }

    /// <summary>
    /// Rows of one chat claimed at <paramref name="ClaimedAt"/>; <paramref name="EndsAfterRows"/>: the chat's turn ends
    /// after them, so the last write gives the claim back.
    /// </summary>
    private sealed record Turn(DueChat Chat, DateTimeOffset ClaimedAt, bool EndsAfterRows);

    /// <summary>One row at a time in global id order; a chat that stopped (not due, retry) is skipped from then on.</summary>
    private async Task<int> DispatchInIdOrderAsync(CancellationToken cancellationToken)
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
        var now = UnixTime.Ms(time.GetUtcNow());
        var stopped = new HashSet<(string, string)>();
        var sent = 0;
        foreach (var row in pending)
        {
            if (stopped.Contains((row.Channel, row.ChatId)))
                continue;
            var (n, _, _) = await DispatchRowsAsync([row], now, cancellationToken);
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

    /// <summary>
    /// Returns how many were sent, whether every row was dealt with (false: the chat stopped at one), and whether the
    /// claim on the chat was given back with the last row's result (<paramref name="turn"/>: the rows are claimed).
    /// </summary>
    private async Task<(int Sent, bool Finished, bool GaveBack)> DispatchRowsAsync(
        List<OutboxEntity> rows,
        long now,
        CancellationToken cancellationToken,
        Turn? turn = null
    )
    {
        var sent = 0;
        var renewed = turn?.ClaimedAt ?? default;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.NextAttemptAt > now)
                return (sent, false, false);
            // A claim younger than a third of the lease cannot have run out (KeepClaimAsync renews at that pace too);
            // an older one is renewed first, and a row whose chat another instance took over is not sent from here.
            if (turn is not null && time.GetUtcNow() - renewed >= RenewEvery)
            {
                if (!await RenewAsync(row, cancellationToken))
                    return (sent, false, false);
                renewed = time.GetUtcNow();
            }
            if (!_senders.TryGetValue(row.Channel, out var sender))
            {
                if (_warnedChannels.TryAdd(row.Channel, true))
                    logger.LogWarning(
                        "No sender is registered for channel {Channel}: its messages stay queued",
                        row.Channel
                    );
                return (sent, false, false);
            }
            var result = turn is not null
                ? await SendHoldingClaimAsync(sender, row, cancellationToken)
                : await SendAsync(sender, row, cancellationToken);
            if (result is null)
                return (sent, false, false);
            StorageMetrics.Send(row.Channel, result);
            var last = turn is { EndsAfterRows: true } && i == rows.Count - 1;
            switch (result)
            {
                case Sent ok:
                    await MarkSentAsync(row, ok, last ? turn!.Chat : null, cancellationToken);
                    sent++;
                    if (last)
                        return (sent, true, true);
                    break;
                case RetryLater retry:
                    // A row that waits stops the chat, so its turn ends here; one given up on lets the chat go on.
                    var waits = !GivesUp(row);
                    var giveBack = waits || last ? turn?.Chat : null;
                    await ScheduleRetryAsync(row, retry, giveBack, cancellationToken);
                    if (waits || last)
                        return (sent, !waits, giveBack is not null);
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
        return (sent, true, false);
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
