namespace CivBot.Storage.FlowVersions;

using CivBot.Core.Flows;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Keeps every flow text ever loaded, by content hash. A loop is pinned to the text it started with, so after a flow
/// file changes the host can still rebuild the old version from here and the open loop resumes unchanged.
/// </summary>
public sealed class FlowVersionStore(
    IDbContextFactory<CivBotDbContext> contexts,
    WriteGate gate,
    TimeProvider time
)
{
    /// <summary>Stores the texts not seen before; returns how many were new.</summary>
    public async Task<int> SaveAsync(
        IEnumerable<FlowDefinition> flows,
        CancellationToken cancellationToken = default
    )
    {
        var byHash = flows.GroupBy(f => f.Hash).Select(g => g.First()).ToList();
        if (byHash.Count == 0)
            return 0;
        var hashes = byHash.Select(f => f.Hash).ToList();
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await db
            .FlowVersions.Where(v => hashes.Contains(v.Hash))
            .Select(v => v.Hash)
            .ToListAsync(cancellationToken);
        var now = UnixTime.Ms(time.GetUtcNow());
        var added = 0;
        foreach (var flow in byHash.Where(f => !known.Contains(f.Hash)))
        {
            db.FlowVersions.Add(
                new FlowVersionEntity
                {
                    Hash = flow.Hash,
                    FlowId = flow.Id,
                    Version = flow.Version,
                    File = flow.SourceFile,
                    Yaml = flow.Yaml,
                    FirstSeen = now,
                }
            );
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>Every stored text, oldest first, as (file, yaml).</summary>
    public async Task<IReadOnlyList<StoredFlowText>> LoadYamlAsync(
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db
            .FlowVersions.AsNoTracking()
            .OrderBy(v => v.FirstSeen)
            .ThenBy(v => v.Hash)
            .Select(v => new { v.File, v.Yaml })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StoredFlowText(r.File, r.Yaml))];
    }
}
