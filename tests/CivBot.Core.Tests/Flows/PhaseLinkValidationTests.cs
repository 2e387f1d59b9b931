using CivBot.Core.Tests.Support;

namespace CivBot.Core.Tests.Flows;

public class PhaseLinkValidationTests
{
    // Lines: 5 listen, 8 deliberate (vote 11, on_no_quorum 13, on_rejected 14), 15 do, 18 audit (on_flag 22).
    private const string Linked = """
        id: test-flow
        version: 1
        title: Test flow
        phases:
          - id: listen
            kind: listen
            duration: 1d
          - id: deliberate
            kind: deliberate
            duration: 1d
            vote:
              duration: 1d
              on_no_quorum: listen
              on_rejected: closed
          - id: do
            kind: do
            duration: 2d
          - id: audit
            kind: audit
            duration: 1d
            audit:
              on_flag: do
        """;

    [Fact]
    public void The_snippet_itself_is_valid() => FlowText.LoadValid(Linked);

    [Fact]
    public void A_next_to_a_phase_that_does_not_exist_is_reported_with_the_valid_targets()
    {
        var error = FlowText.ErrorAt(
            Linked.Replace(
                "kind: listen\n    duration: 1d",
                "kind: listen\n    duration: 1d\n    next: delibrate"
            ),
            8,
            "next 'delibrate'"
        );

        Assert.Equal(
            "next 'delibrate' is not a phase of this flow (did you mean 'deliberate'?); use 'listen', 'deliberate', 'do', 'audit' or 'closed'",
            error.Reason
        );
    }

    [Fact]
    public void Vote_outcomes_must_name_a_phase_or_closed()
    {
        FlowText.ErrorAt(
            Linked.Replace("on_no_quorum: listen", "on_no_quorum: start"),
            13,
            "on_no_quorum 'start' is not a phase"
        );
        FlowText.ErrorAt(
            Linked.Replace("on_rejected: closed", "on_rejected: close"),
            14,
            "on_rejected 'close' is not a phase",
            "did you mean 'closed'?"
        );
    }

    [Fact]
    public void A_flag_must_go_back_to_a_do_or_collect_phase_or_roll_back()
    {
        FlowText.ErrorAt(
            Linked.Replace("on_flag: do", "on_flag: listen"),
            22,
            "on_flag 'listen' is a listen phase",
            "use 'do' or 'rollback'"
        );
        FlowText.ErrorAt(
            Linked.Replace("on_flag: do", "on_flag: redo"),
            22,
            "on_flag 'redo' is not a phase of this flow"
        );
        FlowText.LoadValid(Linked.Replace("on_flag: do", "on_flag: rollback"));
    }

    [Fact]
    public void A_phase_cannot_be_its_own_next()
    {
        FlowText.ErrorAt(
            Linked.Replace(
                "kind: do\n    duration: 2d",
                "kind: do\n    duration: 2d\n    next: do"
            ),
            18,
            "phase 'do' cannot be its own next"
        );
    }

    [Fact]
    public void An_unreachable_phase_is_reported_at_its_line()
    {
        var yaml = Linked.Replace(
            "kind: listen\n    duration: 1d",
            "kind: listen\n    duration: 1d\n    next: do"
        );

        var errors = FlowText.Load(yaml).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(9, error.Line);
        Assert.Equal(
            "phase 'deliberate' can never be reached from 'listen'; point a next, on_no_quorum, on_rejected or on_flag at it, or remove it",
            error.Reason
        );
    }

    [Fact]
    public void A_phase_reached_only_through_an_on_link_counts_as_reachable()
    {
        var flow = FlowText.LoadValid(
            """
            id: test-flow
            version: 1
            title: Test flow
            phases:
              - id: do
                kind: do
                duration: 2d
                next: audit
              - id: fix
                kind: do
                duration: 1d
              - id: audit
                kind: audit
                duration: 1d
                audit:
                  on_flag: fix
            """
        );

        Assert.Equal("audit", flow.Phase("fix").Next);
        Assert.Equal("closed", flow.Phase("audit").Next);
    }

    [Fact]
    public void A_flow_without_an_audit_phase_is_rejected_for_lacking_independent_eyes()
    {
        var yaml = Linked.Replace(
            "\n  - id: audit\n    kind: audit\n    duration: 1d\n    audit:\n      on_flag: do",
            ""
        );

        FlowText.ErrorAt(yaml, 5, "needs an audit phase", "independent eyes");
    }

    [Fact]
    public void A_flow_without_a_do_or_collect_phase_is_rejected()
    {
        var yaml = Linked
            .Replace("  - id: do\n    kind: do\n    duration: 2d\n", "")
            .Replace("on_flag: do", "on_flag: rollback");

        FlowText.ErrorAt(yaml, 5, "needs a do or collect phase");
    }
}
