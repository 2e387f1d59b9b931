namespace CivBot.Storage.Outbox;

using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using CivBot.Core.Ports;
using CivBot.Storage.Database;
using Microsoft.Extensions.Logging;

/// <summary>
/// Claims: with several instances on one database, a chat's pending rows are sent by one instance at a time. An
/// instance claims a chat's rows (claimed_by, lease_until) only when no other instance holds a live claim on any of
/// them, so the chat's order is kept; it renews the claim before every send and every third of the lease while a send
/// lasts, and gives it back when the chat stops.
/// An instance that dies leaves its claim behind until the lease runs out; then another takes the chat over. On
/// PostgreSQL the claim runs under the chat's transaction-scoped advisory lock (try, never wait: a chat being claimed
/// elsewhere is skipped) with <c>FOR UPDATE SKIP LOCKED</c>; on SQLite the write gate serializes it.
/// </summary>
public sealed partial class OutboxDispatcher
{
    private string Me => options.Value.InstanceId;

    private long LeaseUntil(DateTimeOffset now) => UnixTime.Ms(now + options.Value.ClaimLease);

    /// <summary>How often a held claim is renewed: a third of the lease, so two renewals can fail before it runs out.</summary>
    private TimeSpan RenewEvery => options.Value.ClaimLease / 3;

    /// <summary>
    /// Claims up to <paramref name="limit"/> of the chat's pending rows in id order and reads them, in one transaction;
    /// empty when another instance holds the chat (or nothing is pending).
    /// </summary>
    internal async Task<List<OutboxEntity>> ClaimChatAsync(
        DueChat chat,
        int limit,
        CancellationToken cancellationToken
    )
    {
        var now = time.GetUtcNow();
        var postgres = connections.Provider == StorageProvider.Postgres;
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var connection = await connections.ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (postgres)
        {
            await using var lockChat = Sql.Command(
                    connection,
                    "SELECT pg_try_advisory_xact_lock(@k)",
                    transaction
                )
                .With("k", ChatLockKey(chat));
            if (await lockChat.ExecuteScalarAsync(cancellationToken) is not true)
                return [];
        }
        await using var claim = Sql.Command(
                connection,
                "UPDATE outbox SET claimed_by = @me, lease_until = @until WHERE id IN ("
                    + "SELECT id FROM outbox WHERE status = 'pending' AND channel = @c AND chat_id = @chat "
                    + "ORDER BY id LIMIT @n"
                    + (postgres ? " FOR UPDATE SKIP LOCKED" : "")
                    + ") AND NOT EXISTS (SELECT 1 FROM outbox AS o WHERE o.status = 'pending' AND o.channel = @c "
                    + "AND o.chat_id = @chat AND o.claimed_by <> @me AND o.lease_until >= @now)",
                transaction
            )
            .With("me", Me)
            .With("until", LeaseUntil(now))
            .With("c", chat.Channel)
            .With("chat", chat.ChatId)
            .With("n", limit)
            .With("now", UnixTime.Ms(now));
        if (await claim.ExecuteNonQueryAsync(cancellationToken) == 0)
            return [];
        await using var read = Sql.Command(connection, ClaimedRowsSql, transaction)
            .With("me", Me)
            .With("c", chat.Channel)
            .With("chat", chat.ChatId)
            .With("n", limit);
        var rows = new List<OutboxEntity>();
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(ReadRow(reader));
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    private const string ClaimedRowsSql =
        "SELECT id, group_id, channel, chat_id, thread_id, is_direct, member_id, recipient_handle, mention_handle, "
        + "fallback_channel, fallback_chat_id, fallback_thread_id, reply_json, edit_key, attempts, next_attempt_at, "
        + "created_at FROM outbox WHERE status = 'pending' AND channel = @c AND chat_id = @chat AND claimed_by = @me "
        + "ORDER BY id LIMIT @n";

    /// <summary>A row of <see cref="ClaimedRowsSql"/>: what sending it needs (the row is pending and claimed by this instance).</summary>
    private OutboxEntity ReadRow(DbDataReader r) =>
        new()
        {
            Id = r.GetInt64(0),
            GroupId = r.IsDBNull(1) ? null : r.GetString(1),
            Channel = r.GetString(2),
            ChatId = r.GetString(3),
            ThreadId = r.IsDBNull(4) ? null : r.GetString(4),
            IsDirect = r.GetBoolean(5),
            MemberId = r.IsDBNull(6) ? null : r.GetString(6),
            RecipientHandle = r.IsDBNull(7) ? null : r.GetString(7),
            MentionHandle = r.IsDBNull(8) ? null : r.GetString(8),
            FallbackChannel = r.IsDBNull(9) ? null : r.GetString(9),
            FallbackChatId = r.IsDBNull(10) ? null : r.GetString(10),
            FallbackThreadId = r.IsDBNull(11) ? null : r.GetString(11),
            ReplyJson = r.GetString(12),
            EditKey = r.IsDBNull(13) ? null : r.GetString(13),
            Status = OutboxStatus.Pending,
            Attempts = r.GetInt32(14),
            NextAttemptAt = r.GetInt64(15),
            CreatedAt = r.GetInt64(16),
            ClaimedBy = Me,
        };

    /// <summary>
    /// Extends this instance's claim on the chat before a send; false when the claim is no longer ours (the lease ran
    /// out and another instance took the chat over), and the row must not be sent from here.
    /// </summary>
    private async Task<bool> RenewAsync(OutboxEntity row, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var connection = await connections.ConnectAsync(cancellationToken);
        await using var renew = Sql.Command(
                connection,
                "UPDATE outbox SET lease_until = @until WHERE channel = @c AND chat_id = @chat "
                    + "AND status = 'pending' AND claimed_by = @me AND id >= @id"
            )
            .With("until", LeaseUntil(now))
            .With("c", row.Channel)
            .With("chat", row.ChatId)
            .With("me", Me)
            .With("id", row.Id);
        if (await renew.ExecuteNonQueryAsync(cancellationToken) > 0)
            return true;
        logger.LogWarning(
            "Outbox message {Id} on {Channel}: this instance's claim ran out and another took the chat over",
            row.Id,
            row.Channel
        );
        return false;
    }

    /// <summary>
    /// Sends one claimed row and keeps the claim alive while the send lasts. A send can wait on the platform's rate
    /// limiter far longer than the lease (a Telegram group takes 20 messages a minute, so a chat's 21st waits up to a
    /// minute), and a claim that ran out meanwhile would let another instance send the same row. So the claim is renewed
    /// every third of the lease until the send returns. A renewal that finds the claim gone (this instance could not
    /// reach the database for a whole lease and another took the chat over) cancels the send: null, the chat stops here.
    /// </summary>
    private async Task<SendResult?> SendHoldingClaimAsync(
        IChannelSender sender,
        OutboxEntity row,
        CancellationToken cancellationToken
    )
    {
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var done = new CancellationTokenSource();
        // Started before the send, so its first renewal is due a third of a lease after the one just made.
        var keeping = KeepClaimAsync(row, lost, done.Token);
        try
        {
            var result = await SendAsync(sender, row, lost.Token);
            // A sender that answered despite the cancellation: what went out is recorded, a retry or failure is not
            // (the row is another instance's now).
            return
                result is not Sent
                && lost.IsCancellationRequested
                && !cancellationToken.IsCancellationRequested
                ? null
                : result;
        }
        catch (Exception)
            when (lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            await done.CancelAsync();
            await keeping;
        }
    }

    /// <summary>Renews the claim on <paramref name="row"/>'s chat every third of the lease until <paramref name="done"/>.</summary>
    private async Task KeepClaimAsync(
        OutboxEntity row,
        CancellationTokenSource lost,
        CancellationToken done
    )
    {
        while (!done.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RenewEvery, time, done);
                if (!await RenewAsync(row, done))
                {
                    await lost.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException) when (done.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The lease still holds for two more tries; a claim that ran out meanwhile shows at the next renewal.
                logger.LogWarning(
                    ex,
                    "Renewing the claim on outbox message {Id} on {Channel} failed; trying again",
                    row.Id,
                    row.Channel
                );
            }
        }
    }

    /// <summary>Gives back this instance's claim on the chat's rows it did not send, so any instance can go on with them.</summary>
    private async Task ReleaseAsync(DueChat chat)
    {
        using var _ = await gate.EnterAsync(CancellationToken.None);
        await using var connection = await connections.ConnectAsync(CancellationToken.None);
        await using var release = ReleaseCommand(connection, null, chat);
        await release.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>The write that gives the claim on <paramref name="chat"/> back (alone, or with a row's result).</summary>
    private DbCommand ReleaseCommand(
        DbConnection connection,
        DbTransaction? transaction,
        DueChat chat
    ) =>
        Sql.Command(
                connection,
                "UPDATE outbox SET claimed_by = NULL, lease_until = NULL WHERE channel = @c AND chat_id = @chat "
                    + "AND status = 'pending' AND claimed_by = @me",
                transaction
            )
            .With("c", chat.Channel)
            .With("chat", chat.ChatId)
            .With("me", Me);

    private static long ChatLockKey(DueChat chat) =>
        BinaryPrimitives.ReadInt64BigEndian(
            SHA256.HashData(Encoding.UTF8.GetBytes("outbox\n" + chat.Channel + "\n" + chat.ChatId))
        );
}
