namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Flows;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

/// <summary>Votes keep their promises: one step to open and vote, honest early answers, visible ties and objections.</summary>
public sealed class VotePromiseTests
{
    [Fact]
    public void The_steward_voting_with_no_vote_open_opens_it_and_casts_that_ballot()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/propose Eve drives");
        h.Send("fay", "/propose Taxi");
        var reply = h.Send("dan", "/vote 2");
        var vote = h.State.Loops[0].Vote!;
        Assert.Equal([2], vote.Ballots[EngineHarness.Member("dan").Id].ToArray());
        Assert.Single(h.OfKind(ReceiptKind.VoteOpened));
        Assert.Equal("dan", h.OfKind(ReceiptKind.VoteOpened).Single().Actor);
        Assert.Contains(
            "bot → dan: Got your vote on #1: 2) Taxi. You can change it until the vote closes in 1d (Mon 09:00).",
            reply
        );
        Assert.Contains("bot: 2) Taxi — 1", reply);
        Assert.Contains("bot: 1 of 4 voted · quorum 2 · /vote #1 <number>", reply);
    }

    [Fact]
    public void A_member_voting_before_the_vote_opens_hears_who_opens_it_and_to_try_again()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("dan", "/next");
        h.Send("eve", "/propose Eve drives");
        var reply = h.Send("fay", "/vote 1");
        Assert.Equal(
            [
                "bot: The vote on #1 isn't open yet: the steward (dan) opens it when the options are in (or it opens by itself in 1d (Mon 09:00)). Then send /vote #1 1 again; I'll post the ballot here.",
            ],
            reply
        );
        Assert.DoesNotContain("Only the steward", reply[0]);
        Assert.Null(h.State.Loops[0].Vote);
        Assert.DoesNotContain(h.Receipts, r => r.Kind == ReceiptKind.VoteOpened);
    }

    [Fact]
    public void A_tie_is_announced_in_the_group_with_how_it_was_broken()
    {
        var h = Loops.InVote();
        h.Send("ann", "/vote 2");
        h.Send("eve", "/vote 1");
        h.Send("fay", "/vote 2");
        var closing = h.Send("dan", "/vote 1");
        Assert.Contains(
            "bot: ⚖️ Options 1 and 2 on #1 tied with 2 votes each. Ties go to the option proposed first, so option 1 wins.",
            closing
        );
        var decision = h.OfKind(ReceiptKind.Decision).Single();
        Assert.Contains("tie between 1 and 2 broken by proposal order", decision.Summary);
        Assert.Equal(ActorType.Bot, decision.ActorType);
        Assert.Equal("CivBot", decision.Actor);
    }

    [Fact]
    public void A_consent_objection_and_its_reason_are_shown_to_the_group_when_raised()
    {
        var c = new EngineHarness(flows: TestFlows.With(VoteKind.Consent));
        foreach (var n in new[] { "dan", "eve", "fay", "ann" })
            c.Send(n, "/help");
        c.Send("ann", "/ask Need a ride");
        c.Send("eve", "/propose Eve drives");
        c.Send("dan", "/vote");
        var reply = c.Send("fay", "/object Eve's car has no child seat");
        Assert.Contains(
            "bot: ✋ fay objects to option 1 on #1: Eve's car has no child seat. Can the group address it before the window closes?",
            reply
        );
    }

    [Fact]
    public void One_member_cannot_fill_the_ballot()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/propose One");
        h.Send("eve", "/propose Two");
        h.Send("eve", "/propose Three");
        Assert.Equal(
            [
                "bot: You've proposed 3 options on #1, the most one member can, so others get room too. Build on one with /add #1 <note>, or take one back with /undo.",
            ],
            h.Send("eve", "/propose Four")
        );
        Assert.Equal(3, h.State.Loops[0].Options.Count);
        Assert.Equal(3, h.OfKind(ReceiptKind.Option).Count());
        Assert.StartsWith("bot: Option 4 for #1 from fay", h.Send("fay", "/propose Four")[0]);
    }
}
