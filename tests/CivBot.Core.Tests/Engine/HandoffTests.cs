namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class HandoffTests
{
    [Fact]
    public void A_steward_who_opts_out_hands_the_role_on_at_once_by_rotation_and_the_group_hears()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride to the clinic before 5pm");

        var said = h.Send("dan", "/optout steward");

        Assert.Contains(
            "bot: 🧭 dan handed on the steward role of #1; rotation picks eve. The steward keeps the loop moving.",
            said
        );
        Assert.Contains(
            said,
            l => l.StartsWith("bot → eve: You are the steward of #1", StringComparison.Ordinal)
        );
        Assert.Equal(EngineHarness.Member("eve").Id, h.State.Loops[0].Steward);
        Assert.Equal(
            "eve is steward of #1 (rotation: dan handed it on)",
            h.OfKind(ReceiptKind.Role).Last().Summary
        );
    }

    [Fact]
    public void Handoff_without_a_loop_number_picks_the_only_loop_where_the_sender_holds_a_role()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("fay", "/ask Need a ladder");

        var said = h.Send("dan", "/handoff");

        Assert.Contains(
            said,
            l =>
                l.StartsWith(
                    "bot: 🧭 dan handed on the steward role of #1",
                    StringComparison.Ordinal
                )
        );
        Assert.NotEqual(EngineHarness.Member("dan").Id, h.State.Loop(1)!.Steward);
        Assert.Equal(EngineHarness.Member("eve").Id, h.State.Loop(2)!.Steward);
    }

    [Fact]
    public void A_builder_who_cannot_do_it_hands_it_on_and_rotation_picks_another()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");

        var said = h.Send("eve", "/handoff");

        Assert.Contains(
            "bot: 🔨 eve handed #1 on, so rotation picks fay to build it. Can't do it? /handoff #1.",
            said
        );
        Assert.Equal([EngineHarness.Member("fay").Id], h.State.Loops[0].Builders);
    }

    [Fact]
    public void Someone_with_no_role_is_told_there_is_nothing_to_hand_on()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        Assert.Equal(
            [
                "bot: You hold no role on an open loop, so there is nothing to hand on. /roles shows who holds what.",
            ],
            h.Send("fay", "/handoff")
        );
    }

    [Fact]
    public void Opting_out_of_a_role_you_do_not_hold_hands_nothing_on()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        Assert.Equal(
            ["bot: You're out of the builder rotation from now on. /optin builder to come back."],
            h.Send("fay", "/optout builder")
        );
    }
}
