namespace CivBot.Storage.Checkpoints;

using CivBot.Core.Engine;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Receipts.Checkpoints;
using CivBot.Core.Replies;
using CivBot.Storage.Database;
using CivBot.Storage.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

/// <summary>
/// Once a day, every group whose chain grew since its latest checkpoint gets a new signed checkpoint posted to all
/// its chats (a closing loop posts one at once; see the effect writer). One transaction per group, through the
/// process's write gate like every other writer.
/// </summary>
public sealed class DailyCheckpoints(
    IDbContextFactory<CivBotDbContext> contexts,
    WriteGate gate,
    OutboxSignal outbox,
    CheckpointSigner signer,
    LoopEngine engine,
    ILogger<DailyCheckpoints> logger
)
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <returns>How many groups got a checkpoint.</returns>
    public async Task<int> PostDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<(string Id, string State)> groups;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            groups =
            [
                .. (
                    await db
                        .Groups.AsNoTracking()
                        .Select(g => new { g.Id, g.StateJson })
                        .ToListAsync(cancellationToken)
                ).Select(g => (g.Id, g.StateJson)),
            ];
        var posted = 0;
        foreach (var (id, state) in groups)
        {
            var groupState = StateJson.Deserialize(state);
            var head = groupState.Head;
            if (head.Seq == 0)
                continue;
            var group = new GroupId(id);
            using var _ = await gate.EnterAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(
                cancellationToken
            );
            var key = CheckpointNotes.MetaKey(group);
            var row = await db.Meta.FirstOrDefaultAsync(m => m.Key == key, cancellationToken);
            var latest = CheckpointNotes.Deserialize(row?.Value);
            if (
                latest is not null
                && (latest.TreeSize >= head.Seq || now - latest.SignedAt < Interval)
            )
                continue;
            var checkpoint = CheckpointNotes.Sign(signer, group, head, now);
            if (row is null)
                db.Meta.Add(
                    new Meta.MetaEntity { Key = key, Value = CheckpointNotes.Serialize(checkpoint) }
                );
            else
                row.Value = CheckpointNotes.Serialize(checkpoint);
            var json = ReplyJson.Serialize(
                Reply.Plain(CheckpointNotes.Message(engine.LanguageOf(groupState), checkpoint))
            );
            var at = UnixTime.Ms(now);
            foreach (
                var chat in await db
                    .Chats.AsNoTracking()
                    .Where(c => c.GroupId == id)
                    .ToListAsync(cancellationToken)
            )
            {
                db.Outbox.Add(
                    new OutboxEntity
                    {
                        GroupId = id,
                        Channel = chat.Channel,
                        ChatId = chat.ChatId,
                        ReplyJson = json,
                        NextAttemptAt = at,
                        CreatedAt = at,
                    }
                );
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            posted++;
            logger.LogInformation(
                "Posted the daily checkpoint of {Group} at {TreeSize} receipts",
                group,
                head.Seq
            );
        }
        if (posted > 0)
            outbox.Notify();
        return posted;
    }
}
