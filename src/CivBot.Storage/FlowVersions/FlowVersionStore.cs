namespace CivBot.Storage.FlowVersions;

using CivBot.Core.Flows;
using CivBot.Storage.Database;

/// <summary>
/// Keeps every flow text ever loaded, by content hash. A loop is pinned to the text it started with, so after a flow
/// file changes the host can still rebuild the old version from here and the open loop resumes unchanged. Plain SQL
/// (both providers read it the same way), not EF Core: this runs on every start, before the host is ready, and EF
/// building its model there costs more than half a second.
/// </summary>
public sealed class FlowVersionStore(DbConnections connections, WriteGate gate, TimeProvider time)
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
        var now = UnixTime.Ms(time.GetUtcNow());
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var connection = await connections.ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = 0;
        foreach (var flow in byHash)
        {
            await using var insert = Sql.Command(
                    connection,
                    "INSERT INTO flow_versions (hash, flow_id, version, file, yaml, first_seen) "
                        + "VALUES (@hash, @flow, @version, @file, @yaml, @seen) ON CONFLICT (hash) DO NOTHING",
                    transaction
                )
                .With("hash", flow.Hash)
                .With("flow", flow.Id)
                .With("version", flow.Version)
                .With("file", flow.SourceFile)
                .With("yaml", flow.Yaml)
                .With("seen", now);
            added += await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>Every stored text, oldest first, as (file, yaml).</summary>
    public async Task<IReadOnlyList<StoredFlowText>> LoadYamlAsync(
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await connections.ConnectAsync(cancellationToken);
        await using var query = Sql.Command(
            connection,
            "SELECT file, yaml FROM flow_versions ORDER BY first_seen, hash"
        );
        var rows = new List<StoredFlowText>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new StoredFlowText(reader.GetString(0), reader.GetString(1)));
        return rows;
    }
}
