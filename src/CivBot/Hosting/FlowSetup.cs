namespace CivBot.Hosting;

using CivBot.Core.Flows;

/// <summary>Loads the flow files at start: a broken default flow stops the program; another broken flow is left out and reported.</summary>
public static class FlowSetup
{
    public static string ResolveDirectory(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        var local = Path.Combine(Environment.CurrentDirectory, "flows");
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "flows");
    }

    /// <summary>
    /// Loads the flow files. A broken file is not offered to groups and is reported through <paramref name="skipped"/>
    /// (file, line, reason) so the operator's log says why; the other flows keep working.
    /// </summary>
    /// <exception cref="InvalidFlowsException">When the default flow is broken or missing: no loop could start.</exception>
    public static FlowCatalog Load(
        string directory,
        string defaultFlow,
        Action<FlowError>? skipped = null
    )
    {
        var result = FlowLoader.LoadDirectory(directory);
        if (result.Flows.All(f => f.Id != defaultFlow))
        {
            var own = result
                .Errors.Where(e =>
                    Path.GetFileNameWithoutExtension(e.File) == defaultFlow || e.Line == 0
                )
                .ToList();
            throw new InvalidFlowsException(
                own.Count > 0
                    ? own
                    :
                    [
                        new FlowError(
                            directory,
                            0,
                            $"no flow '{defaultFlow}' here (found {string.Join(", ", result.Flows.Select(f => f.Id))}): name one of those, or add {defaultFlow}.yaml"
                        ),
                    ]
            );
        }
        foreach (var error in result.Errors)
            skipped?.Invoke(error);
        return new FlowCatalog(result.Flows);
    }
}
