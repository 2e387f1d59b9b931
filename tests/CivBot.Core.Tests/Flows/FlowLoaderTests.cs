using CivBot.Core.Flows;
using CivBot.Core.Tests.Support;

namespace CivBot.Core.Tests.Flows;

public class FlowLoaderTests
{
    [Fact]
    public void A_minimal_flow_gets_the_documented_defaults()
    {
        var flow = FlowText.LoadValid(FlowText.Minimal);

        Assert.Equal("test-flow", flow.Id);
        Assert.Equal("", flow.Description);
        Assert.Equal(FlowText.File, flow.SourceFile);
        Assert.Equal(FlowText.Minimal, flow.Yaml);
        Assert.Equal(["do", "audit", "closed"], flow.Phases.Select(p => p.Next));
        Assert.Equal([5, 8, 11], flow.Phases.Select(p => p.Line));
        Assert.Equal(FlowDefaults.Builders, flow.Phase("do").Builders);
        Assert.Equal(
            new AuditSettings(TimeSpan.FromDays(1), 2, 3, "rollback", 0),
            flow.Phase("audit").Audit
        );
        Assert.Null(flow.Phase("listen").Builders);
        Assert.Null(flow.Phase("listen").Audit);
        Assert.Empty(flow.Permissions);
        Assert.Empty(flow.Messages);
        Assert.Equal(
            ["emergency", "911", "112", "999", "ambulance", "overdose", "suicide", "fire"],
            flow.Emergency.Keywords
        );
    }

    [Fact]
    public void A_vote_with_only_a_duration_is_single_choice_with_a_quorum_of_one_and_closes_on_failure()
    {
        var flow = FlowText.LoadValid(
            FlowText.Minimal.Replace(
                """
                  - id: do
                """,
                """
                  - id: deliberate
                    kind: deliberate
                    duration: 1d
                    vote:
                      duration: 12h
                  - id: do
                """
            )
        );

        Assert.Equal(
            new VoteSettings(
                VoteKind.Single,
                TimeSpan.FromHours(12),
                new Quorum(1, null),
                null,
                "closed",
                "closed"
            ),
            flow.Phase("deliberate").Vote
        );
    }

    [Fact]
    public void A_percentage_quorum_is_a_fraction_of_eligible_members()
    {
        var flow = FlowText.LoadValid(
            FlowText.Minimal.Replace(
                """
                  - id: do
                """,
                """
                  - id: deliberate
                    kind: deliberate
                    duration: 1d
                    vote: { kind: consent, duration: 1d, quorum: "40%", on_rejected: listen }
                  - id: do
                """
            )
        );

        var vote = flow.Phase("deliberate").Vote!;
        Assert.Equal(new Quorum(null, 0.4), vote.Quorum);
        Assert.Equal(4, vote.Quorum.Required(10));
        Assert.Equal(VoteKind.Consent, vote.Kind);
        Assert.Equal("listen", vote.OnRejected);
    }

    [Fact]
    public void Permissions_emergency_and_messages_are_read_into_the_flow()
    {
        var flow = FlowText.LoadValid(
            FlowText.Minimal
                + """

                permissions:
                  spend: [builder, steward]
                  undo: [steward]
                emergency:
                  keywords: [help now]
                  pointer: Call 112.
                messages:
                  loop_opened: "New ask #{loop} from {asker}: {ask}"
                """
        );

        Assert.Equal([Actor.Builder, Actor.Steward], flow.WhoMay(FlowAction.Spend));
        Assert.Equal([Actor.Participant], flow.WhoMay(FlowAction.Claim));
        Assert.Equal("help now", Assert.Single(flow.Emergency.Keywords));
        Assert.Equal("Call 112.", flow.Emergency.Pointer);
        Assert.Equal("New ask #{loop} from {asker}: {ask}", flow.Messages["loop_opened"]);
    }

    [Fact]
    public void A_phase_can_jump_with_an_explicit_next()
    {
        var flow = FlowText.LoadValid(
            FlowText
                .Minimal.Replace(
                    """
                        kind: listen
                        duration: 1d
                    """,
                    """
                        kind: listen
                        duration: 1d
                        next: do
                      - id: side
                        kind: listen
                        duration: 1h
                        next: closed
                    """
                )
                .Replace(
                    """
                        kind: audit
                        duration: 1d
                    """,
                    """
                        kind: audit
                        duration: 1d
                        audit: { on_flag: do }
                        next: side
                    """
                )
        );

        Assert.Equal(["do", "closed", "audit", "side"], flow.Phases.Select(p => p.Next));
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_with_its_line()
    {
        var error = FlowText.ErrorAt(
            """
            id: test-flow
            version: 1
            title: "Test flow
            phases: []
            """,
            3,
            "not valid YAML"
        );

        Assert.DoesNotContain("Exception", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_near_its_line()
    {
        FlowText.ErrorAt(
            """
            id: test-flow
            version: [1, 2
            title: Test
            """,
            2,
            "not valid YAML"
        );
    }

    [Fact]
    public void A_key_written_twice_is_reported_at_the_second()
    {
        FlowText.ErrorAt(FlowText.Minimal + "\ntitle: Again\n", 14, "'title' appears twice");
    }

    [Fact]
    public void An_empty_file_is_rejected() => FlowText.ErrorAt("# nothing yet\n", 1, "empty");

    [Fact]
    public void Two_documents_in_one_file_are_rejected() =>
        FlowText.ErrorAt(FlowText.Minimal + "\n---\nid: other\n", 15, "one flow");

    [Fact]
    public void A_file_whose_id_differs_from_its_name_is_rejected()
    {
        var result = FlowLoader.LoadText(Path.Combine("flows", "my-loop.yaml"), FlowText.Minimal);

        var error = Assert.Single(result.Errors);
        Assert.Equal(
            new FlowError(
                Path.Combine("flows", "my-loop.yaml"),
                1,
                "id 'test-flow' must match the file name; rename the file to test-flow.yaml or set id: my-loop"
            ),
            error
        );
        Assert.Empty(result.Flows);
    }

    [Fact]
    public void A_directory_loads_yaml_and_yml_files_in_name_order_and_ignores_others()
    {
        using var dir = new TempDirectory();
        dir.Write("b-flow.yml", FlowText.Minimal.Replace("test-flow", "b-flow"));
        dir.Write("a-flow.yaml", FlowText.Minimal.Replace("test-flow", "a-flow"));
        dir.Write("flow.schema.json", "{}");
        dir.Write("README.md", "# not a flow");

        var result = FlowLoader.LoadDirectory(dir.Path);

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(["a-flow", "b-flow"], result.Flows.Select(f => f.Id));
        Assert.Equal(Path.Combine(dir.Path, "b-flow.yml"), result.Flows[1].SourceFile);
    }

    [Fact]
    public void Every_broken_file_in_a_directory_is_reported_and_only_the_good_ones_load()
    {
        using var dir = new TempDirectory();
        dir.Write("good.yaml", FlowText.Minimal.Replace("test-flow", "good"));
        dir.Write(
            "bad.yaml",
            FlowText.Minimal.Replace("test-flow", "bad").Replace("duration: 2d", "duration: 2x")
        );
        dir.Write("worse.yaml", "id: worse\nversion: zero\n");

        var result = FlowLoader.LoadDirectory(dir.Path);

        Assert.Equal(["good"], result.Flows.Select(f => f.Id));
        Assert.Contains(
            result.Errors,
            e => e.File == Path.Combine(dir.Path, "bad.yaml") && e.Line == 10
        );
        Assert.Contains(
            result.Errors,
            e => e.File == Path.Combine(dir.Path, "worse.yaml") && e.Line == 2
        );
        Assert.Contains(
            result.Errors,
            e =>
                e.File == Path.Combine(dir.Path, "worse.yaml")
                && e.Reason.Contains("missing 'phases'", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void The_same_flow_id_in_two_files_is_rejected_on_the_second()
    {
        using var dir = new TempDirectory();
        var text = FlowText.Minimal.Replace("test-flow", "twin");
        dir.Write("twin.yaml", text);
        dir.Write("twin.yml", text);

        var result = FlowLoader.LoadDirectory(dir.Path);

        Assert.Equal(Path.Combine(dir.Path, "twin.yaml"), Assert.Single(result.Flows).SourceFile);
        var error = Assert.Single(result.Errors);
        Assert.Equal((Path.Combine(dir.Path, "twin.yml"), 1), (error.File, error.Line));
        Assert.Contains("already used by twin.yaml", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_directory_is_one_error()
    {
        var missing = Path.Combine(
            Path.GetTempPath(),
            "civbot-no-such-dir-" + Guid.NewGuid().ToString("N")
        );

        var result = FlowLoader.LoadDirectory(missing);

        Assert.Empty(result.Flows);
        Assert.Equal((missing, 0), (Assert.Single(result.Errors).File, result.Errors[0].Line));
    }
}
