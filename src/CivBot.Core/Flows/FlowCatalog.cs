namespace CivBot.Core.Flows;

/// <summary>An in-memory catalog: current flows by id, and any version by content hash.</summary>
public sealed class FlowCatalog : IFlowCatalog
{
    private readonly Dictionary<string, FlowDefinition> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FlowDefinition> _byHash = new(StringComparer.Ordinal);

    public FlowCatalog(
        IEnumerable<FlowDefinition> current,
        IEnumerable<FlowDefinition>? pinned = null
    )
    {
        foreach (var f in pinned ?? [])
            _byHash[f.Hash] = f;
        foreach (var f in current)
        {
            _current[f.Id] = f;
            _byHash[f.Hash] = f;
        }
    }

    /// <summary>Adds an older version a stored loop may be pinned to (called once at start, before any traffic).</summary>
    public void Pin(FlowDefinition flow) => _byHash.TryAdd(flow.Hash, flow);

    public IReadOnlyList<FlowDefinition> All =>
        [.. _current.Values.OrderBy(f => f.Id, StringComparer.Ordinal)];

    public FlowDefinition? Current(string id) => _current.GetValueOrDefault(id);

    public FlowDefinition? Pinned(FlowRef flowRef) => _byHash.GetValueOrDefault(flowRef.Hash);
}
