namespace CivBot.Storage.Checkpoints;

using CivBot.Core.Model;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;

/// <summary>Reads the latest signed checkpoint of a group (for the public page and the CLI).</summary>
public sealed class CheckpointStore(IDbContextFactory<CivBotDbContext> contexts)
{
    public async Task<StoredCheckpoint?> LatestAsync(
        GroupId group,
        CancellationToken cancellationToken
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = CheckpointNotes.MetaKey(group);
        var json = await db
            .Meta.AsNoTracking()
            .Where(m => m.Key == key)
            .Select(m => m.Value)
            .FirstOrDefaultAsync(cancellationToken);
        return CheckpointNotes.Deserialize(json);
    }
}
