namespace CivBot.Storage.Outbox;

using CivBot.Core.Ports;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;

/// <summary>Keeps a platform's delivery reports on the outbox row of the message they are about.</summary>
internal sealed class DeliveryReportStore(
    IDbContextFactory<CivBotDbContext> contexts,
    WriteGate gate
) : IDeliveryReports
{
    public async Task<bool> RecordAsync(DeliveryReport report, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db
            .Outbox.Where(o =>
                o.Channel == report.Channel && o.PlatformMessageId == report.PlatformMessageId
            )
            .Select(o => new { o.Id, o.DeliveryStatus })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
            return false;
        // Callbacks can arrive out of order ("sent" after "delivered"); a final state is never overwritten by an earlier one.
        if (Rank(report.Status) < Rank(row.DeliveryStatus))
            return true;
        await db
            .Outbox.Where(o => o.Id == row.Id)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(o => o.DeliveryStatus, report.Status)
                        .SetProperty(o => o.DeliveryError, report.ErrorCode),
                cancellationToken
            );
        return true;
    }

    private static int Rank(string? status) =>
        status switch
        {
            null => -1,
            "queued" or "accepted" or "scheduled" => 0,
            "sending" => 1,
            "sent" => 2,
            _ => 3,
        };
}
