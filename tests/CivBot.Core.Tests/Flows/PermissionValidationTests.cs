using CivBot.Core.Tests.Support;

namespace CivBot.Core.Tests.Flows;

public class PermissionValidationTests
{
    private static string With(string permissions) =>
        FlowText.Minimal + "\npermissions:\n" + permissions;

    [Fact]
    public void Only_the_auditor_may_audit()
    {
        var error = FlowText.ErrorAt(
            With("  audit: [auditor, steward]\n"),
            15,
            "audit may only list auditor"
        );

        Assert.Contains(
            "the asker, steward and builders of a loop can never audit it",
            error.Reason,
            StringComparison.Ordinal
        );
        FlowText.ErrorAt(With("  audit: [participant]\n"), 15, "audit may only list auditor");
        FlowText.ErrorAt(With("  audit: []\n"), 15, "audit may only list auditor");
        Assert.Equal(
            [CivBot.Core.Flows.Actor.Auditor],
            FlowText
                .LoadValid(With("  audit: [auditor]\n"))
                .WhoMay(CivBot.Core.Flows.FlowAction.Audit)
        );
    }

    [Fact]
    public void Next_and_undo_cannot_be_left_to_nobody()
    {
        FlowText.ErrorAt(With("  next: []\n"), 15, "next cannot be empty");
        FlowText.ErrorAt(With("  undo: []\n"), 15, "undo cannot be empty");
    }

    [Fact]
    public void An_unknown_action_is_reported_with_the_closest_one()
    {
        FlowText.ErrorAt(
            With("  open-vote: [steward]\n"),
            15,
            "unknown key 'open-vote' in permissions (did you mean 'open_vote'?)"
        );
    }

    [Fact]
    public void An_unknown_actor_is_reported_with_the_valid_ones()
    {
        var error = FlowText.ErrorAt(
            With("  claim:\n    - participant\n    - admin\n"),
            17,
            "actor 'admin'"
        );

        Assert.Equal(
            "actor 'admin' is not valid; use participant, asker, steward, builder or auditor",
            error.Reason
        );
    }

    [Fact]
    public void Actors_must_be_a_list()
    {
        FlowText.ErrorAt(With("  claim: steward\n"), 15, "'claim' should be a list");
    }

    [Fact]
    public void Emergency_keywords_cannot_be_emptied()
    {
        FlowText.ErrorAt(
            FlowText.Minimal + "\nemergency:\n  keywords: []\n",
            15,
            "keywords cannot be empty"
        );
    }
}
