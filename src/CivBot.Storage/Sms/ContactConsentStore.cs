namespace CivBot.Storage.Sms;

using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Storage.Database;
using CivBot.Storage.Outbox;
using Microsoft.EntityFrameworkCore;

/// <summary>Opt-outs (STOP) kept in <c>contact_optouts</c>; see <see cref="IContactConsent"/>.</summary>
internal sealed class ContactConsentStore(
    IDbContextFactory<CivBotDbContext> contexts,
    DbConnections connections,
    WriteGate gate,
    TimeProvider time
) : IContactConsent
{
    public const string OptedOut = "opted out";

    public async Task SetOptedOutAsync(
        ChatAddress chat,
        bool optedOut,
        CancellationToken cancellationToken
    )
    {
        var now = UnixTime.Ms(time.GetUtcNow());
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (optedOut)
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO contact_optouts (channel, chat_id, at) VALUES ({chat.Channel}, {chat.ChatId}, {now}) ON CONFLICT DO NOTHING",
                cancellationToken
            );
            // "STOP means stop": what was queued before the STOP is not sent either.
            await db
                .Outbox.Where(o =>
                    o.Status == OutboxStatus.Pending
                    && o.Channel == chat.Channel
                    && o.ChatId == chat.ChatId
                )
                .ExecuteUpdateAsync(
                    s =>
                        s.SetProperty(o => o.Status, OutboxStatus.Failed)
                            .SetProperty(o => o.LastError, OptedOut),
                    cancellationToken
                );
        }
        else
        {
            await db
                .OptOuts.Where(o => o.Channel == chat.Channel && o.ChatId == chat.ChatId)
                .ExecuteDeleteAsync(cancellationToken);
        }
        // While opted out, private messages to the member go to the group as a mention instead; START undoes that.
        await db
            .MemberContacts.Where(c => c.DmChannel == chat.Channel && c.DmChatId == chat.ChatId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Reachable, !optedOut).SetProperty(c => c.UpdatedAt, now),
                cancellationToken
            );
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Asked before every SMS send: plain SQL, not an EF Core context and query each time.</summary>
    public async Task<bool> IsOptedOutAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await connections.ConnectAsync(cancellationToken);
        await using var optedOut = Sql.Command(
                connection,
                "SELECT 1 FROM contact_optouts WHERE channel = @c AND chat_id = @chat"
            )
            .With("c", chat.Channel)
            .With("chat", chat.ChatId);
        return await optedOut.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
