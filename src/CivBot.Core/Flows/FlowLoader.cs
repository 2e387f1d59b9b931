using CivBot.Core.Flows.Loading;

namespace CivBot.Core.Flows;

/// <summary>Reads and validates flow files. Every problem is reported with file, line and a plain reason.</summary>
public static class FlowLoader
{
    /// <summary>Loads every <c>*.yaml</c> and <c>*.yml</c> file in <paramref name="directory"/>, in ordinal name order.</summary>
    public static FlowLoadResult LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            return new FlowLoadResult(
                [],
                [
                    new FlowError(
                        directory,
                        0,
                        "this folder does not exist; point CivBot at the folder holding the flow files"
                    ),
                ]
            );

        var names = Directory
            .EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsFlowFile)
            .Order(StringComparer.Ordinal);

        var flows = new List<FlowDefinition>();
        var errors = new List<FlowError>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var file = Path.Combine(directory, name);
            var result = LoadText(file, File.ReadAllText(file));
            errors.AddRange(result.Errors);
            foreach (var flow in result.Flows)
            {
                if (seen.TryGetValue(flow.Id, out var first))
                {
                    errors.Add(
                        new FlowError(
                            file,
                            IdLine(flow.Yaml),
                            $"flow id '{flow.Id}' is already used by {Path.GetFileName(first)}; each flow needs its own id"
                        )
                    );
                    continue;
                }
                if (Clash(flow, flows) is { } clash)
                {
                    errors.Add(new FlowError(file, KeyLine(flow.Yaml, clash.Key), clash.Reason));
                    continue;
                }
                seen[flow.Id] = file;
                flows.Add(flow);
            }
        }
        return new FlowLoadResult(flows, errors);
    }

    /// <summary>Reads one flow file's text; <paramref name="file"/> names it in errors and must match its id.</summary>
    public static FlowLoadResult LoadText(string file, string yaml)
    {
        var (flow, errors) = FlowFileReader.Read(file, yaml);
        return new FlowLoadResult(flow is null ? [] : [flow], errors);
    }

    // A command opens an ask on exactly one flow, and only one flow can be the one suggested for urgent asks.
    private static (string Key, string Reason)? Clash(
        FlowDefinition flow,
        IReadOnlyList<FlowDefinition> earlier
    )
    {
        if (
            flow.Command is { } command
            && earlier.FirstOrDefault(f => f.Command == command) is { } sameCommand
        )
            return (
                "command",
                $"command '{command}' is already used by flow '{sameCommand.Id}' ({Path.GetFileName(sameCommand.SourceFile)}); each flow needs its own command"
            );
        if (flow.Urgent && earlier.FirstOrDefault(f => f.Urgent) is { } urgent)
            return (
                "urgent",
                $"flow '{urgent.Id}' ({Path.GetFileName(urgent.SourceFile)}) is already the one suggested for urgent asks; set urgent: true on one flow only"
            );
        return null;
    }

    private static bool IsFlowFile(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    // The flow already parsed cleanly, so a plain text scan for its top-level id is enough to point at the line.
    private static int IdLine(string yaml) => KeyLine(yaml, "id");

    private static int KeyLine(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
                return i + 1;
        }
        return 1;
    }
}
