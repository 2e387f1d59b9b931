using CivBot.Core.Tests.Support;

namespace CivBot.Core.Tests.Flows;

public class PhaseSettingsValidationTests
{
    // Lines: 5 listen, 8 deliberate (its vote mapping from 12), 17 do, 20 audit.
    private const string WithVote = """
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
              kind: single
              duration: 1d
              quorum: 2
              reminder_before: 6h
              on_no_quorum: listen
          - id: do
            kind: do
            duration: 2d
          - id: audit
            kind: audit
            duration: 1d
        """;

    [Fact]
    public void The_snippet_itself_is_valid() => FlowText.LoadValid(WithVote);

    [Fact]
    public void A_deliberate_phase_needs_a_vote()
    {
        var yaml = WithVote.Replace(
            """
                vote:
                  kind: single
                  duration: 1d
                  quorum: 2
                  reminder_before: 6h
                  on_no_quorum: listen

            """,
            ""
        );

        FlowText.ErrorAt(yaml, 8, "phase 'deliberate' is missing 'vote'");
    }

    [Fact]
    public void A_vote_on_another_kind_of_phase_is_rejected()
    {
        FlowText.ErrorAt(
            WithVote.Replace(
                "kind: do\n    duration: 2d",
                "kind: do\n    duration: 2d\n    vote: { duration: 1d }"
            ),
            20,
            "'vote' only belongs on a deliberate phase",
            "phase 'do' is a do phase"
        );
    }

    [Fact]
    public void Builders_collect_and_audit_settings_only_belong_on_their_own_kind()
    {
        FlowText.ErrorAt(
            WithVote.Replace(
                "kind: listen\n    duration: 1d",
                "kind: listen\n    duration: 1d\n    builders: { max: 2 }"
            ),
            8,
            "'builders' only belongs on a do phase"
        );
        FlowText.ErrorAt(
            WithVote.Replace(
                "kind: listen\n    duration: 1d",
                "kind: listen\n    duration: 1d\n    collect: { quota: 2 }"
            ),
            8,
            "'collect' only belongs on a collect phase"
        );
        FlowText.ErrorAt(
            WithVote.Replace(
                "kind: do\n    duration: 2d",
                "kind: do\n    duration: 2d\n    audit: { sample: 2 }"
            ),
            20,
            "'audit' only belongs on an audit phase"
        );
    }

    [Fact]
    public void A_vote_needs_a_duration()
    {
        FlowText.ErrorAt(
            WithVote.Replace("      duration: 1d\n      quorum", "      quorum"),
            12,
            "the vote of phase 'deliberate' is missing 'duration'"
        );
    }

    [Fact]
    public void An_unknown_vote_kind_is_rejected()
    {
        FlowText.ErrorAt(
            WithVote.Replace("kind: single", "kind: ranked"),
            12,
            "kind 'ranked' is not valid; use single, approval or consent"
        );
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0%")]
    [InlineData("101%")]
    [InlineData("half")]
    [InlineData("2.5")]
    public void A_quorum_must_be_ballots_or_a_percentage(string quorum)
    {
        FlowText.ErrorAt(
            WithVote.Replace("quorum: 2", $"quorum: \"{quorum}\""),
            14,
            $"quorum '{quorum}' should be a number of ballots"
        );
    }

    [Fact]
    public void A_vote_reminder_must_come_before_the_vote_closes()
    {
        FlowText.ErrorAt(
            WithVote.Replace("reminder_before: 6h", "reminder_before: 1d"),
            15,
            "reminder_before (1d) must be shorter than the vote's duration (1d)"
        );
    }

    [Fact]
    public void Builders_need_at_least_one_and_must_be_picked_before_the_deadline()
    {
        var yaml = WithVote.Replace(
            "kind: do\n    duration: 2d",
            "kind: do\n    duration: 2d\n    builders:\n      max: 0\n      pick_after: 3d"
        );

        FlowText.ErrorAt(yaml, 21, "max '0' should be a whole number of at least 1");
        FlowText.ErrorAt(yaml, 22, "pick_after (3d) must be shorter than the phase duration (2d)");
    }

    [Fact]
    public void A_collect_phase_needs_a_quota()
    {
        var yaml = WithVote.Replace(
            "kind: do\n    duration: 2d",
            "kind: collect\n    duration: 2d"
        );

        FlowText.ErrorAt(yaml, 17, "phase 'do' is missing 'collect'");
        FlowText.ErrorAt(
            yaml.Replace(
                "kind: collect\n    duration: 2d",
                "kind: collect\n    duration: 2d\n    collect:\n      remind_before: 12h"
            ),
            21,
            "collect is missing 'quota'"
        );
    }

    [Fact]
    public void A_collect_reminder_must_come_before_the_deadline()
    {
        var yaml = WithVote.Replace(
            "kind: do\n    duration: 2d",
            "kind: collect\n    duration: 2d\n    collect:\n      quota: 3\n      remind_before: 2d"
        );

        FlowText.ErrorAt(
            yaml,
            22,
            "remind_before (2d) must be shorter than the phase duration (2d)"
        );
    }

    [Fact]
    public void Audit_numbers_are_checked()
    {
        var yaml = WithVote.Replace(
            "kind: audit\n    duration: 1d",
            "kind: audit\n    duration: 1d\n    audit:\n      backoff: 0.5\n      max_nudges: -1\n      sample: many\n      first_nudge_after: soon"
        );

        var errors = FlowText.Load(yaml).Errors;

        Assert.Equal(
            [
                (24, "backoff '0.5' should be a number of at least 1"),
                (25, "max_nudges '-1' should be a whole number of at least 0"),
                (26, "sample 'many' should be a whole number of at least 0"),
                (
                    27,
                    "first_nudge_after 'soon' is not a duration; use forms like 30m, 6h, 2d or 1w"
                ),
            ],
            errors.Select(e => (e.Line, e.Reason))
        );
    }
}
