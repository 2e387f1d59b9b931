namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class PermissionTests
{
    [Fact]
    public void Only_the_steward_can_move_a_loop_on()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        var refused = h.Send("eve", "/next");
        Assert.Equal(
            ["bot: Only the steward (dan) can move it along on #1. /roles shows who holds what."],
            refused
        );
        Assert.Equal("listen", h.State.Loops[0].Phase);

        h.Send("dan", "/next");
        Assert.Equal("deliberate", h.State.Loops[0].Phase);
    }

    [Fact]
    public void Only_the_steward_can_open_the_vote_in_the_default_flow()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/propose Eve drives");
        var refused = h.Send("ann", "/vote");
        Assert.Equal(
            "bot: The vote on #1 isn't open yet: the steward (dan) opens it when the options are in. Then vote with /vote #1 <number>; I'll post the ballot here.",
            refused.Single()
        );
        Assert.Null(h.State.Loops[0].Vote);
        Assert.DoesNotContain(h.Receipts, r => r.Kind == ReceiptKind.VoteOpened);
    }

    [Fact]
    public void The_urgent_flow_lets_the_asker_open_the_vote_too()
    {
        var h = Loops.WithMembers("urgent-ride");
        h.Send("ann", "/ask Need a ride now");
        h.Send("eve", "/propose Eve drives");
        h.Send("ann", "/vote");
        Assert.NotNull(h.State.Loops[0].Vote);
    }

    [Fact]
    public void Anyone_can_undo_their_own_move_but_not_anothers()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/propose Eve drives");
        Assert.StartsWith("bot: /undo takes back only your own", h.Send("fay", "/undo")[0]);
        Assert.Single(h.State.Loops[0].Options);
        Assert.StartsWith("bot: ↩️ eve undid option 1", h.Send("eve", "/undo")[0]);
        Assert.Empty(h.State.Loops[0].Options);
    }

    [Fact]
    public void Only_builders_can_record_spends_and_report_done()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        Assert.StartsWith(
            "bot: Only the builders (eve) can record spends",
            h.Send("fay", "/spend 5 USD gas")[0]
        );
        Assert.StartsWith(
            "bot: Only the builders (eve) can report it done",
            h.Send("fay", "/done it went fine")[0]
        );
        Assert.DoesNotContain(h.Receipts, r => r.Kind is ReceiptKind.Spend or ReceiptKind.Done);
    }

    [Fact]
    public void Only_the_auditor_can_audit()
    {
        var h = Loops.InAudit();
        var auditor = h.State.Member(h.State.Loops[0].Auditor!.Value)!.Handle;
        Assert.Equal("fay", auditor);
        var someoneElse = Loops.WithMembers().State; // keep the compiler honest about unused helpers
        Assert.NotNull(someoneElse);
        h.Send("gus", "/help");
        Assert.StartsWith(
            "bot: Only the auditor (fay) can audit it on #1.",
            h.Send("gus", "/audit ok looks fine")[0]
        );
        Assert.DoesNotContain(h.Receipts, r => r.Kind == ReceiptKind.AuditConfirmed);
    }

    [Theory]
    [InlineData("ann")] // asked it
    [InlineData("dan")] // stewarded it
    [InlineData("eve")] // built it
    public void Nobody_audits_a_loop_they_asked_stewarded_or_built(string who)
    {
        var h = Loops.InAudit();
        var reply = h.Send(who, "/audit ok all good");
        Assert.StartsWith("bot: You asked, stewarded or built #1, so you can't audit it", reply[0]);
        Assert.NotEqual(who, h.State.Member(h.State.Loops[0].Auditor!.Value)!.Handle);
    }

    [Fact]
    public void A_member_who_opted_out_of_the_group_cannot_vote()
    {
        var h = Loops.InVote();
        h.Send("fay", "/optout group");
        var reply = h.Send("fay", "/vote 2");
        Assert.StartsWith("bot: You opted out of this group", reply[0]);
        Assert.False(h.State.Loops[0].Vote!.Ballots.ContainsKey(EngineHarness.Member("fay").Id));
    }
}
