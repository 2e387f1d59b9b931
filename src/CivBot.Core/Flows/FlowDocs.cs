using System.Text;

namespace CivBot.Core.Flows;

/// <summary>Renders a flow as the Markdown page <c>docs/flows/&lt;id&gt;.md</c>. Deterministic, so a test can spot stale docs.</summary>
public static class FlowDocs
{
    public static string Render(FlowDefinition flow)
    {
        var source = Path.GetFileName(flow.SourceFile);
        var text = new StringBuilder();
        text.Append($"# {flow.Title}\n\n");
        text.Append(
            $"<!-- Generated from flows/{source}; do not edit. Run `CIVBOT_UPDATE_DOCS=1 dotnet test` after changing the flow. -->\n\n"
        );
        if (flow.Description.Length > 0)
            text.Append($"{flow.Description}\n\n");
        text.Append($"- Flow id: `{flow.Id}`, version {flow.Version}\n");
        text.Append($"- Source: `flows/{source}`\n");
        text.Append(
            flow.Command is { } command
                ? $"- Start one with `/{command} <need>` (over SMS `{command} <need>`), or make it a group's default with `/flow {flow.Id}`\n"
                : $"- Make it a group's default with `/flow {flow.Id}`, then `/ask <need>`\n"
        );
        if (flow.Urgent)
            text.Append(
                "- Suggested when an `/ask` sounds urgent; the asker may switch to it in the loop's first 15 minutes\n"
            );
        text.Append(
            $"- A loop starts in `{flow.Phases[0].Id}`; a running loop stays on the version it started with.\n\n"
        );

        text.Append(
            "## Phases\n\n| phase | kind | deadline | what happens | then |\n|---|---|---|---|---|\n"
        );
        foreach (var phase in flow.Phases)
        {
            var then = phase.Next == FlowDefinition.Closed ? "the loop closes" : $"`{phase.Next}`";
            text.Append(
                $"| `{phase.Id}` | {FlowNames.Of(phase.Kind)} | {Durations.Format(phase.Duration)} | {Cell(PhaseWords.Describe(phase))} | {then} |\n"
            );
        }

        text.Append("\n## Who may do what\n\n| action | who may | |\n|---|---|---|\n");
        foreach (var action in Enum.GetValues<FlowAction>())
        {
            var origin = flow.Permissions.ContainsKey(action) ? "set by this flow" : "default";
            text.Append(
                $"| `{FlowNames.Of(action)}` | {FlowDiagram.Who(flow, action)} | {origin} |\n"
            );
        }

        text.Append("\n## Emergencies\n\n");
        text.Append(
            $"An ask containing {string.Join(", ", flow.Emergency.Keywords.Select(k => $"`{k}`"))} is also answered with:\n\n"
        );
        text.Append($"> {flow.Emergency.Pointer}\n");

        if (flow.Messages.Count > 0)
        {
            text.Append("\n## Messages\n\n| key | text |\n|---|---|\n");
            foreach (
                var (key, template) in flow.Messages.OrderBy(m => m.Key, StringComparer.Ordinal)
            )
                text.Append($"| `{key}` | {Cell(template)} |\n");
        }

        text.Append("\n## Diagram\n\n```mermaid\n");
        text.Append(FlowDiagram.ToMermaid(flow));
        text.Append("```\n");
        return text.ToString();
    }

    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
