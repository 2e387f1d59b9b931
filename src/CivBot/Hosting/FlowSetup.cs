namespace CivBot.Hosting;

using CivBot.Core.Flows;

/// <summary>Loads the flow files at start. Invalid flows stop the program with file, line and reason.</summary>
public static class FlowSetup
{
    public static string ResolveDirectory(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        var local = Path.Combine(Environment.CurrentDirectory, "flows");
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "flows");
    }

    /// <exception cref="InvalidFlowsException">When any flow file is invalid.</exception>
    public static FlowCatalog Load(string directory, string defaultFlow)
    {
        var result = FlowLoader.LoadDirectory(directory);
        if (!result.Ok)
            throw new InvalidFlowsException(result.Errors);
        if (result.Flows.All(f => f.Id != defaultFlow))
        {
            throw new InvalidFlowsException([
                new FlowError(
                    directory,
                    0,
                    $"the default flow '{defaultFlow}' is not there; found: {string.Join(", ", result.Flows.Select(f => f.Id))}"
                ),
            ]);
        }
        return new FlowCatalog(result.Flows);
    }
}
