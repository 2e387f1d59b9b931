using CivBot.Core.Tests.Support;

namespace CivBot.Core.Tests.Flows;

public class FlowStructureValidationTests
{
    [Fact]
    public void An_unknown_key_is_reported_with_its_line_and_the_closest_valid_key()
    {
        var error = FlowText.ErrorAt(
            FlowText.Minimal.Replace("    duration: 2d", "    duraton: 2d"),
            10,
            "unknown key 'duraton'"
        );

        Assert.Equal(
            "unknown key 'duraton' in phase 'do' (did you mean 'duration'?)",
            error.Reason
        );
    }

    [Fact]
    public void An_unknown_key_with_no_close_match_lists_the_valid_keys()
    {
        FlowText.ErrorAt(
            FlowText.Minimal + "\ncolour: blue\n",
            14,
            "unknown key 'colour'",
            "valid keys here are id, version, title"
        );
    }

    [Fact]
    public void A_phase_with_an_unknown_kind_is_reported_with_its_line()
    {
        var error = FlowText.ErrorAt(
            FlowText.Minimal.Replace("kind: listen", "kind: lisen"),
            6,
            "kind 'lisen'"
        );

        Assert.Equal(
            "kind 'lisen' is not valid; use listen, deliberate, do, collect or audit (did you mean 'listen'?)",
            error.Reason
        );
    }

    [Fact]
    public void A_bad_duration_says_which_forms_work()
    {
        var error = FlowText.ErrorAt(
            FlowText.Minimal.Replace("duration: 2d", "duration: 2x"),
            10,
            "duration"
        );

        Assert.Equal(
            "duration '2x' is not a duration; use forms like 30m, 6h, 2d or 1w",
            error.Reason
        );
    }

    [Fact]
    public void A_missing_required_key_is_reported_on_the_line_of_its_mapping()
    {
        FlowText.ErrorAt(
            FlowText.Minimal.Replace("    duration: 2d\n", ""),
            8,
            "phase 'do' is missing 'duration'"
        );
        FlowText.ErrorAt(
            FlowText.Minimal.Replace("title: Test flow\n", ""),
            1,
            "the flow is missing 'title'"
        );
    }

    [Fact]
    public void A_list_where_a_mapping_belongs_is_reported()
    {
        FlowText.ErrorAt(
            FlowText.Minimal.Replace("  - id: do\n", "  - [do]\n  - id: do\n"),
            8,
            "'phases' should be a mapping",
            "not a list"
        );
    }

    [Fact]
    public void A_mapping_where_a_list_belongs_is_reported()
    {
        FlowText.ErrorAt(
            """
            id: test-flow
            version: 1
            title: Test
            phases:
              listen: 1d
            """,
            5,
            "'phases' should be a list"
        );
    }

    [Fact]
    public void A_list_where_a_single_value_belongs_is_reported()
    {
        FlowText.ErrorAt(
            FlowText.Minimal.Replace("title: Test flow", "title: [a, b]"),
            3,
            "'title' should be a single value, not a list"
        );
    }

    [Fact]
    public void Version_must_be_a_whole_number_of_at_least_one()
    {
        FlowText.ErrorAt(
            FlowText.Minimal.Replace("version: 1", "version: 0"),
            2,
            "version '0' should be a whole number of at least 1"
        );
        FlowText.ErrorAt(
            FlowText.Minimal.Replace("version: 1", "version: 1.5"),
            2,
            "version '1.5'"
        );
    }

    [Fact]
    public void Ids_must_follow_their_patterns()
    {
        FlowText.ErrorAt(
            FlowText.Minimal.Replace("- id: listen", "- id: Listen"),
            5,
            "phase id 'Listen' should start with a lowercase letter"
        );
        var file = CivBot.Core.Flows.FlowLoader.LoadText(
            "Test_Flow.yaml",
            FlowText.Minimal.Replace("test-flow", "Test_Flow")
        );
        Assert.Contains(
            file.Errors,
            e =>
                e.Line == 1
                && e.Reason.Contains("lowercase letters, digits and '-'", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_phase_may_not_be_called_closed_or_rollback()
    {
        FlowText.ErrorAt(
            FlowText.Minimal.Replace("- id: listen", "- id: closed"),
            5,
            "phase id 'closed' is reserved"
        );
    }

    [Fact]
    public void A_phase_id_used_twice_is_reported_at_the_second()
    {
        FlowText.ErrorAt(
            FlowText.Minimal.Replace("- id: do", "- id: listen"),
            8,
            "phase id 'listen' is used twice (first on line 5)"
        );
    }

    [Fact]
    public void An_empty_phase_list_is_rejected()
    {
        FlowText.ErrorAt("id: test-flow\nversion: 1\ntitle: T\nphases: []\n", 4, "phases is empty");
    }

    [Fact]
    public void Every_error_in_a_file_is_reported_not_just_the_first()
    {
        var result = FlowText.Load(
            FlowText
                .Minimal.Replace("version: 1", "version: x")
                .Replace("kind: listen", "kind: wait")
                .Replace("duration: 2d", "duration: 2x")
        );

        Assert.Equal([2, 6, 10], result.Errors.Select(e => e.Line));
        Assert.All(result.Errors, e => Assert.Equal(FlowText.File, e.File));
    }
}
