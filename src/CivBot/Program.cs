using System.CommandLine;
using CivBot.Cli;
using CivBot.Hosting;

var root = new RootCommand(
    "CivBot: a chat bot that walks a community through Listen → Deliberate → Do → Audit, with receipts."
)
{
    ChatVerb.Create(),
    RunVerb.Create(),
    ReceiptsVerb.Create(),
    PageVerb.Create(),
    FlowsVerb.Create(),
    BackupVerb.Create(),
};
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // A usage mistake (a missing or unknown option) is exit 2, as a configuration mistake is; 1 means "checked: bad".
    // One line: the first mistake (a word the parser did not know says more than what it then missed), and the help.
    var first =
        parse.UnmatchedTokens.Count > 0
            ? $"Unrecognized command or argument '{parse.UnmatchedTokens[0]}'."
            : string.Join(
                ' ',
                parse
                    .Errors[0]
                    .Message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            );
    await Console.Error.WriteLineAsync(
        $"{first}{(first.EndsWith('.') ? "" : ".")} See: {CommandPath(parse)} --help"
    );
    return ConfigurationErrors.ExitCode;
}
try
{
    return await parse.InvokeAsync(
        new InvocationConfiguration { EnableDefaultExceptionHandler = false }
    );
}
catch (Exception e) when (ConfigurationErrors.Describe(e) is { } lines)
{
    foreach (var line in lines)
        await Console.Error.WriteLineAsync(line);
    return ConfigurationErrors.ExitCode;
}

static string CommandPath(ParseResult parse)
{
    var names = new List<string>();
    for (
        var r = parse.CommandResult;
        r is not null;
        r = r.Parent as System.CommandLine.Parsing.CommandResult
    )
        names.Insert(0, r.Command.Name);
    names[0] = "civbot";
    return string.Join(' ', names);
}
