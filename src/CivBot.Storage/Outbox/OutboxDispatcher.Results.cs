namespace CivBot.Storage.Outbox;

using System.Data.Common;
using CivBot.Core.Ports;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

public sealed partial class OutboxDispatcher
{
    /// <param name="giveBack">The chat whose claim this write also gives back (its turn ends with this row), or null.</param>
    private async Task MarkSentAsync(
        OutboxEntity row,
        Sent sent,
        DueChat? giveBack,
        CancellationToken cancellationToken
    )
    {
        var at = UnixTime.Ms(time.GetUtcNow());
        await WriteResultAsync(
            (connection, transaction) =>
                Sql.Command(
                        connection,
                        "UPDATE outbox SET status = 'sent', sent_at = @at, platform_message_id = @platform, "
                            + "attempts = @attempts, last_error = NULL WHERE id = @id",
                        transaction
                    )
                    .With("at", at)
                    .With("platform", sent.PlatformMessageId)
                    .With("attempts", row.Attempts + 1)
                    .With("id", row.Id),
            giveBack,
            cancellationToken
        );
    }

    /// <summary>
    /// Records a failed attempt: the row waits for its next one, or after <see cref="MaxAttempts"/> is given up on
    /// (with an error log).
    /// </summary>
    /// <param name="giveBack">The chat whose claim this write also gives back (its turn ends with this row), or null.</param>
    private async Task ScheduleRetryAsync(
        OutboxEntity row,
        RetryLater retry,
        DueChat? giveBack,
        CancellationToken cancellationToken
    )
    {
        var attempts = row.Attempts + 1;
        var now = time.GetUtcNow();
        var giveUp = GivesUp(row);
        var wait = retry.After ?? Backoff(row.Attempts, row.Id);
        await WriteResultAsync(
            (connection, transaction) =>
                Sql.Command(
                        connection,
                        "UPDATE outbox SET attempts = @attempts, status = @status, next_attempt_at = @next, "
                            + "last_error = @error WHERE id = @id",
                        transaction
                    )
                    .With("attempts", attempts)
                    .With("status", giveUp ? OutboxStatus.Failed : OutboxStatus.Pending)
                    .With("next", UnixTime.Ms(now + wait))
                    .With("error", retry.Reason)
                    .With("id", row.Id),
            giveBack,
            cancellationToken
        );
        if (giveUp)
        {
            logger.LogError(
                "Outbox message {Id} on {Channel} failed after {Attempts} attempts and will not be retried: {Reason}",
                row.Id,
                row.Channel,
                attempts,
                retry.Reason
            );
            return;
        }
        logger.LogInformation(
            "Outbox message {Id} on {Channel} will be retried in {Wait}: {Reason}",
            row.Id,
            row.Channel,
            wait,
            retry.Reason
        );
    }

    /// <summary>
    /// One write transaction through the gate: a row's result and, when its chat's turn ends with it, the claim given
    /// back, so a send costs the claim and this one write.
    /// </summary>
    private async Task WriteResultAsync(
        Func<DbConnection, DbTransaction, DbCommand> result,
        DueChat? giveBack,
        CancellationToken cancellationToken
    )
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var connection = await connections.ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var update = result(connection, transaction))
            await update.ExecuteNonQueryAsync(cancellationToken);
        if (giveBack is { } chat)
        {
            await using var release = ReleaseCommand(connection, transaction, chat);
            await release.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// 1 s, 2 s, 4 s ... each plus up to half again, capped at ten minutes. The extra is spread by the row's id, so
    /// chats that failed together (an outage) do not retry together, wave after wave; the same row and attempt always
    /// wait the same.
    /// </summary>
    internal static TimeSpan Backoff(int previousAttempts, long id)
    {
        var wait = TimeSpan.FromSeconds(1 << Math.Min(previousAttempts, 10));
        return TimeSpan.FromTicks(
            Math.Min(
                MaxBackoff.Ticks,
                wait.Ticks + (long)(wait.Ticks / 2 * Spread(id, previousAttempts))
            )
        );
    }

    /// <summary>A fraction in [0, 1) that looks random but depends only on the row and the attempt.</summary>
    private static double Spread(long id, int attempt)
    {
        var x = (ulong)id * 0x9E3779B97F4A7C15UL + (ulong)attempt * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 31)) * 0x94D049BB133111EBUL;
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>
    /// The platform will never take this message. A private message still reaches the member: their contact is marked
    /// unreachable and the same reply goes to the group's chats with a mention, in the same transaction.
    /// </summary>
    private async Task MarkUndeliverableAsync(
        OutboxEntity row,
        Undeliverable undeliverable,
        CancellationToken cancellationToken
    )
    {
        var now = UnixTime.Ms(time.GetUtcNow());
        var fallbacks = 0;
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(
                cancellationToken
            );
            await db
                .Outbox.Where(o => o.Id == row.Id)
                .ExecuteUpdateAsync(
                    s =>
                        s.SetProperty(o => o.Status, OutboxStatus.Failed)
                            .SetProperty(o => o.Attempts, row.Attempts + 1)
                            .SetProperty(o => o.LastError, undeliverable.Reason),
                    cancellationToken
                );
            if (row is { IsDirect: true, MemberId: { } member })
            {
                await db
                    .MemberContacts.Where(c => c.MemberId == member)
                    .ExecuteUpdateAsync(
                        s =>
                            s.SetProperty(c => c.Reachable, false)
                                .SetProperty(c => c.UpdatedAt, now),
                        cancellationToken
                    );
                if (row.GroupId is { } group)
                {
                    var chats = await db
                        .Chats.AsNoTracking()
                        .Where(c => c.GroupId == group)
                        .OrderBy(c => c.CreatedAt)
                        .ThenBy(c => c.Channel)
                        .ThenBy(c => c.ChatId)
                        .ToListAsync(cancellationToken);
                    // Linked chats: only the chat the row names (where the member last spoke, else the loop's).
                    if (
                        chats.Count > 1
                        && chats.FirstOrDefault(c =>
                            c.Channel == row.FallbackChannel && c.ChatId == row.FallbackChatId
                        )
                            is { } named
                    )
                        chats = [named];
                    foreach (var chat in chats)
                    {
                        db.Outbox.Add(
                            new OutboxEntity
                            {
                                GroupId = group,
                                Channel = chat.Channel,
                                ChatId = chat.ChatId,
                                // In the chat the loop lives in, the mention goes to the loop's thread.
                                ThreadId =
                                    chat.Channel == row.FallbackChannel
                                    && chat.ChatId == row.FallbackChatId
                                        ? row.FallbackThreadId
                                        : null,
                                MentionHandle = row.RecipientHandle,
                                MemberId = row.MemberId,
                                ReplyJson = row.ReplyJson,
                                Status = OutboxStatus.Pending,
                                NextAttemptAt = now,
                                CreatedAt = now,
                            }
                        );
                    }
                    fallbacks = chats.Count;
                    await db.SaveChangesAsync(cancellationToken);
                }
            }
            await transaction.CommitAsync(cancellationToken);
        }
        logger.LogWarning(
            "Outbox message {Id} on {Channel} is undeliverable ({Reason}); {Fallbacks} group fallback(s) queued",
            row.Id,
            row.Channel,
            undeliverable.Reason,
            fallbacks
        );
        if (fallbacks > 0)
            signal.Notify();
    }
}
