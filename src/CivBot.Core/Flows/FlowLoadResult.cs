namespace CivBot.Core.Flows;

/// <summary>The flows that loaded cleanly, and every problem found. A file with any problem contributes no flow.</summary>
public sealed record FlowLoadResult(
    IReadOnlyList<FlowDefinition> Flows,
    IReadOnlyList<FlowError> Errors
)
{
    public bool Ok => Errors.Count == 0;
}
