namespace CivBot.Hosting;

using CivBot.Core.Flows;

public sealed class InvalidFlowsException(IReadOnlyList<FlowError> errors)
    : Exception("Invalid flows:\n" + string.Join("\n", errors))
{
    public IReadOnlyList<FlowError> Errors => errors;
}
