namespace CivBot.Storage.Meta;

using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;

/// <summary>Small named values that must survive a restart (the playground's clock, say).</summary>
public sealed class MetaStore(IDbContextFactory<CivBotDbContext> contexts, WriteGate gate)
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db
            .Meta.AsNoTracking()
            .Where(m => m.Key == key)
            .Select(m => m.Value)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task SetAsync(
        string key,
        string value,
        CancellationToken cancellationToken = default
    )
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Meta.FirstOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (row is null)
            db.Meta.Add(new MetaEntity { Key = key, Value = value });
        else
            row.Value = value;
        await db.SaveChangesAsync(cancellationToken);
    }
}
