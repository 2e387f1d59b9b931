namespace CivBot.Hosting;

using CivBot.Core.Flows;

/// <summary>The default flow is broken or missing; the message is one line per problem (one line when there is one).</summary>
public sealed class InvalidFlowsException(IReadOnlyList<FlowError> errors)
    : Exception(
        errors.Count == 1
            ? $"Invalid flows: {errors[0]}"
            : "Invalid flows:\n" + string.Join("\n", errors)
    )
{
    public IReadOnlyList<FlowError> Errors => errors;
}
