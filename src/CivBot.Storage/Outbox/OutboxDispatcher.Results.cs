namespace CivBot.Storage.Outbox;

using CivBot.Core.Ports;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

public sealed partial class OutboxDispatcher
{
    private async Task MarkSentAsync(
        OutboxEntity row,
        Sent sent,
        CancellationToken cancellationToken
    )
    {
        var at = UnixTime.Ms(time.GetUtcNow());
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db
            .Outbox.Where(o => o.Id == row.Id)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(o => o.Status, OutboxStatus.Sent)
                        .SetProperty(o => o.SentAt, at)
                        .SetProperty(o => o.PlatformMessageId, sent.PlatformMessageId)
                        .SetProperty(o => o.Attempts, row.Attempts + 1)
                        .SetProperty(o => o.LastError, (string?)null),
                cancellationToken
            );
    }

    /// <summary>Returns true when the chat must stop here (the row waits), false when the row is given up on.</summary>
    private async Task<bool> ScheduleRetryAsync(
        OutboxEntity row,
        RetryLater retry,
        CancellationToken cancellationToken
    )
    {
        var attempts = row.Attempts + 1;
        var now = time.GetUtcNow();
        var giveUp = attempts >= MaxAttempts;
        var wait = retry.After ?? Backoff(row.Attempts);
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db
                .Outbox.Where(o => o.Id == row.Id)
                .ExecuteUpdateAsync(
                    s =>
                        s.SetProperty(o => o.Attempts, attempts)
                            .SetProperty(
                                o => o.Status,
                                giveUp ? OutboxStatus.Failed : OutboxStatus.Pending
                            )
                            .SetProperty(o => o.NextAttemptAt, UnixTime.Ms(now + wait))
                            .SetProperty(o => o.LastError, retry.Reason),
                    cancellationToken
                );
        }
        if (giveUp)
        {
            logger.LogError(
                "Outbox message {Id} on {Channel} failed after {Attempts} attempts and will not be retried: {Reason}",
                row.Id,
                row.Channel,
                attempts,
                retry.Reason
            );
            return false;
        }
        logger.LogInformation(
            "Outbox message {Id} on {Channel} will be retried in {Wait}: {Reason}",
            row.Id,
            row.Channel,
            wait,
            retry.Reason
        );
        return true;
    }

    /// <summary>1 s, 2 s, 4 s ... capped at ten minutes.</summary>
    internal static TimeSpan Backoff(int previousAttempts) =>
        previousAttempts >= 10
            ? MaxBackoff
            : TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, 1 << previousAttempts));

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
