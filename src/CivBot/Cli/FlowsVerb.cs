namespace CivBot.Cli;

using System.CommandLine;
using CivBot.Core.Flows;
using CivBot.Hosting;

/// <summary><c>civbot flows validate [DIR|FILE]</c> and <c>civbot flows docs [DIR]</c>.</summary>
internal static class FlowsVerb
{
    public static Command Create()
    {
        var command = new Command("flows", "Check flow files or regenerate their docs.");
        command.Subcommands.Add(Validate());
        command.Subcommands.Add(Docs());
        return command;
    }

    private static Argument<DirectoryInfo?> DirArgument() =>
        new("dir")
        {
            Description = "Directory of flow files (default: ./flows)",
            Arity = ArgumentArity.ZeroOrOne,
        };

    private static Command Validate()
    {
        var target = new Argument<string?>("path")
        {
            Description = "A flow file, or a directory of them (default: ./flows)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command(
            "validate",
            "Check one flow file or every one in a directory; print file:line: reason for each problem."
        )
        {
            target,
        };
        command.SetAction(
            async (parse, ct) =>
            {
                var given = parse.GetValue(target);
                var result =
                    given is not null && File.Exists(given)
                        ? FlowLoader.LoadText(
                            Path.GetFullPath(given),
                            await File.ReadAllTextAsync(given, ct)
                        )
                        : FlowLoader.LoadDirectory(FlowSetup.ResolveDirectory(given));
                foreach (var error in result.Errors)
                    await Console.Out.WriteLineAsync(error.ToString());
                if (!result.Ok)
                {
                    await Console.Out.WriteLineAsync(
                        $"{result.Errors.Count} {(result.Errors.Count == 1 ? "problem" : "problems")} found."
                    );
                    return 1;
                }
                foreach (var flow in result.Flows)
                    await Console.Out.WriteLineAsync(
                        $"OK {flow.SourceFile}: {flow.Id} v{flow.Version}, {flow.Phases.Count} phases"
                    );
                return 0;
            }
        );
        return command;
    }

    private static Command Docs()
    {
        var dir = DirArgument();
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = "Where to write <id>.md (default: docs/flows)",
        };
        var command = new Command(
            "docs",
            "Regenerate the Markdown page and Mermaid diagram of each flow."
        )
        {
            dir,
            output,
        };
        command.SetAction(
            async (parse, ct) =>
            {
                var path = FlowSetup.ResolveDirectory(parse.GetValue(dir)?.FullName);
                var result = FlowLoader.LoadDirectory(path);
                if (!result.Ok)
                {
                    foreach (var error in result.Errors)
                        await Console.Out.WriteLineAsync(error.ToString());
                    return 1;
                }
                var outDir =
                    parse.GetValue(output)?.FullName
                    ?? Path.Combine(Environment.CurrentDirectory, "docs", "flows");
                Directory.CreateDirectory(outDir);
                foreach (var flow in result.Flows)
                {
                    var file = Path.Combine(outDir, flow.Id + ".md");
                    await File.WriteAllTextAsync(file, FlowDocs.Render(flow), ct);
                    await Console.Out.WriteLineAsync($"wrote {file}");
                }
                return 0;
            }
        );
        return command;
    }
}
