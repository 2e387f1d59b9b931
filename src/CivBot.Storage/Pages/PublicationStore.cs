namespace CivBot.Storage.Pages;

using CivBot.Core.Model;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Which groups publish their receipts, and where. Published groups are few, so lookups scan them. Read-only:
/// publishing and unpublishing happen only through the group's own decisions (the engine's SetPublication effect), so
/// the engine's view of whether the page is up and this store never disagree.
/// </summary>
public sealed class PublicationStore(IDbContextFactory<CivBotDbContext> contexts)
{
    public async Task<IReadOnlyList<Publication>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db
            .Meta.AsNoTracking()
            .Where(m => m.Key.StartsWith(PublicationRows.Prefix))
            .OrderBy(m => m.Key)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => PublicationRows.Deserialize(r.Key, r.Value))];
    }

    public async Task<Publication?> FindAsync(string slug, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(p => p.Slug == slug);

    public async Task<Publication?> FindAsync(GroupId group, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(p => p.Group == group);
}
