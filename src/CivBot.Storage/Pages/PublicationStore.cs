namespace CivBot.Storage.Pages;

using CivBot.Core.Model;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;

/// <summary>Which groups publish their receipts, and where. Published groups are few, so lookups scan them.</summary>
public sealed class PublicationStore(
    IDbContextFactory<CivBotDbContext> contexts,
    SqliteConnectionFactory connections,
    WriteGate gate
)
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

    /// <summary>Publishes directly, outside the chat's consent vote: for operators' tools and tests.</summary>
    public async Task<Publication> PublishAsync(
        GroupId group,
        string? slug,
        bool showEvidence,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var publication = new Publication(
            group,
            slug ?? PublicationRows.RandomSlug(),
            showEvidence,
            now
        );
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        PublicationRows.Save(connection, null, publication);
        return publication;
    }
}
