using CivBot.Core.Flows;
using CivBot.Core.Tests.Support;

namespace CivBot.Core.Tests.Flows;

public class FlowDocsTests
{
    private const string UpdateHint =
        "Run `CIVBOT_UPDATE_DOCS=1 dotnet test` or `dotnet run --project src/CivBot -- flows docs` to regenerate it.";

    [Fact]
    public void The_generated_flow_docs_are_current()
    {
        var loaded = FlowLoader.LoadDirectory(Repo.Flows);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Errors));
        var update = Environment.GetEnvironmentVariable("CIVBOT_UPDATE_DOCS") == "1";

        foreach (var flow in loaded.Flows)
        {
            var path = Path.Combine(Repo.FlowDocs, flow.Id + ".md");
            var rendered = FlowDocs.Render(flow);
            if (update)
            {
                Directory.CreateDirectory(Repo.FlowDocs);
                File.WriteAllText(path, rendered);
                continue;
            }
            Assert.True(File.Exists(path), $"docs/flows/{flow.Id}.md is missing. {UpdateHint}");
            Assert.True(
                File.ReadAllText(path) == rendered,
                $"docs/flows/{flow.Id}.md is stale. {UpdateHint}"
            );
        }
    }

    [Fact]
    public void The_diagram_shows_every_way_out_of_each_phase()
    {
        var flow = FlowLoader.LoadDirectory(Repo.Flows).Flows.Single(f => f.Id == "cociv-loop");

        Assert.Equal(
            """
            stateDiagram-v2
                [*] --> listen
                listen --> deliberate : steward /next or after 1d
                deliberate --> do : decision
                deliberate --> listen : no quorum
                do --> audit : builder /done
                audit --> [*] : auditor confirms
                audit --> do : auditor flags

            """,
            FlowDiagram.ToMermaid(flow)
        );
    }

    [Fact]
    public void Rollbacks_consent_objections_and_awkward_phase_ids_are_drawn()
    {
        var flow = FlowText.LoadValid(
            """
            id: test-flow
            version: 1
            title: Test flow
            phases:
              - id: talk-it-over
                kind: deliberate
                duration: 1d
                vote: { kind: consent, duration: 12h, on_rejected: talk-it-over }
              - id: end
                kind: do
                duration: 2d
              - id: audit
                kind: audit
                duration: 1d
            permissions:
              next: [steward, asker]
            """
        );

        var diagram = FlowDiagram.ToMermaid(flow);

        Assert.Contains(
            "    state \"talk-it-over\" as phase_talk_it_over\n",
            diagram,
            StringComparison.Ordinal
        );
        Assert.Contains("    state \"end\" as phase_end\n", diagram, StringComparison.Ordinal);
        Assert.Contains("    [*] --> phase_talk_it_over\n", diagram, StringComparison.Ordinal);
        Assert.Contains(
            "    phase_talk_it_over --> [*] : no quorum\n",
            diagram,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "    phase_talk_it_over --> phase_talk_it_over : objection\n",
            diagram,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "    audit --> rollback : auditor flags\n",
            diagram,
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "    rollback --> [*] : rollback receipt\n",
            diagram,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void The_rendered_page_lists_phases_permissions_with_defaults_and_the_diagram()
    {
        var flow = FlowLoader.LoadDirectory(Repo.Flows).Flows.Single(f => f.Id == "urgent-ride");

        var page = FlowDocs.Render(flow);

        Assert.StartsWith("# Urgent ride\n", page, StringComparison.Ordinal);
        Assert.Contains("- Source: `flows/urgent-ride.yaml`", page, StringComparison.Ordinal);
        Assert.Contains(
            "| `do` | do | 30m | Up to 1 builder claims the work. If nobody claims within 5m, rotation picks one. | `audit` |",
            page,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "| `open_vote` | steward, asker | set by this flow |",
            page,
            StringComparison.Ordinal
        );
        Assert.Contains("| `spend` | builder | default |", page, StringComparison.Ordinal);
        foreach (var action in Enum.GetValues<FlowAction>())
            Assert.Contains($"| `{FlowNames.Of(action)}` |", page, StringComparison.Ordinal);
        Assert.Contains(
            "    listen --> deliberate : steward, asker /next or after 10m\n",
            page,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(Repo.Root, page, StringComparison.Ordinal);
        Assert.Equal(page, FlowDocs.Render(flow));
    }
}
