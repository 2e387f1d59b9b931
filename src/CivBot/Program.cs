using System.CommandLine;
using CivBot.Cli;

var root = new RootCommand(
    "CivBot: a chat bot that walks a community through Listen → Deliberate → Do → Audit, with receipts."
)
{
    ChatVerb.Create(),
    RunVerb.Create(),
    ReceiptsVerb.Create(),
    PageVerb.Create(),
    FlowsVerb.Create(),
};
return await root.Parse(args).InvokeAsync();
