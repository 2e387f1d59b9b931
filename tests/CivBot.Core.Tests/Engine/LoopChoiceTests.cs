namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Tests.Support;

public sealed class LoopChoiceTests
{
    [Fact]
    public void The_auditor_audits_their_only_audit_without_naming_it_while_other_loops_are_open()
    {
        var h = Loops.InAudit();
        h.Send("dan", "/ask Need a ladder");

        h.Send("fay", "/audit ok Receipts match");

        Assert.Null(h.State.Loop(1));
        Assert.NotNull(h.State.Loop(2));
    }

    [Fact]
    public void A_builder_reports_their_only_build_done_without_naming_it()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        h.Send("dan", "/ask Need a ladder");

        h.Send("eve", "/done Drove her there");

        Assert.Equal("audit", h.State.Loop(1)!.Phase);
    }

    [Fact]
    public void A_loop_number_that_never_existed_is_named_as_such()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        Assert.StartsWith(
            "bot: There is no loop #7 yet. Open now: #1",
            h.Send("ann", "/add #7 hello")[0],
            StringComparison.Ordinal
        );
    }
}
