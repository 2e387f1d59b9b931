namespace CivBot.Core.Flows;

/// <summary>The flows the engine can run: the current files, plus every older version a loop is pinned to.</summary>
public interface IFlowCatalog
{
    /// <summary>The current version of a flow by id, or null.</summary>
    FlowDefinition? Current(string id);

    /// <summary>The exact version a loop is pinned to, or null when it is unknown.</summary>
    FlowDefinition? Pinned(FlowRef flowRef);

    IReadOnlyList<FlowDefinition> All { get; }
}
