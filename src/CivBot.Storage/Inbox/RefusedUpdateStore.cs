namespace CivBot.Storage.Inbox;

using CivBot.Core.Ports;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;

/// <summary>Refused updates as inbox rows with status <c>refused</c> and the reason; see <see cref="IRefusedUpdates"/>.</summary>
internal sealed class RefusedUpdateStore(
    IDbContextFactory<CivBotDbContext> contexts,
    WriteGate gate,
    TimeProvider time
) : IRefusedUpdates
{
    // A reason names what was wrong, never the content; the cap keeps a hostile payload's echo out of the database.
    private const int MaxReason = 200;

    public async Task<bool> RecordAsync(
        string channel,
        string platformId,
        string reason,
        CancellationToken cancellationToken
    )
    {
        var now = UnixTime.Ms(time.GetUtcNow());
        var shortReason = reason.Length > MaxReason ? reason[..MaxReason] : reason;
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox (channel, platform_id, group_id, received_at, status, reason) VALUES ({channel}, {platformId}, NULL, {now}, {InboxStatus.Refused}, {shortReason}) ON CONFLICT DO NOTHING",
            cancellationToken
        );
        return inserted == 1;
    }
}
