namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Flows;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class VoteTests
{
    [Fact]
    public void A_member_has_one_vote_and_can_change_it_until_the_vote_closes()
    {
        var h = Loops.InVote();
        h.Send("ann", "/vote 1");
        var changed = h.Send("ann", "/vote 2");
        Assert.Contains(
            changed,
            l =>
                l.StartsWith(
                    "bot → ann: Changed your vote on #1: 2) Taxi from the fund.",
                    StringComparison.Ordinal
                )
        );
        var vote = h.State.Loops[0].Vote!;
        Assert.Single(vote.Ballots);
        Assert.Equal([2], vote.Ballots[EngineHarness.Member("ann").Id].ToArray());
        Assert.Contains("bot: 1 of 4 voted · quorum 2 · /vote #1 <number>", changed);
    }

    [Fact]
    public void Voting_by_button_counts_like_typing_the_number()
    {
        var h = Loops.InVote();
        var pressed = h.Press("eve", "v:1:2");
        Assert.Equal([2], h.State.Loops[0].Vote!.Ballots[EngineHarness.Member("eve").Id].ToArray());
        // The channel confirms a button press privately itself; no second confirmation by direct message.
        Assert.DoesNotContain(pressed, l => l.StartsWith("bot → eve:", StringComparison.Ordinal));
        Assert.StartsWith("bot: That button is no longer active.", h.Press("eve", "nonsense")[0]);
    }

    [Fact]
    public void The_vote_closes_early_when_everyone_has_voted()
    {
        var h = Loops.InDo();
        var decision = h.OfKind(ReceiptKind.Decision).Single();
        Assert.Equal(
            "Decided: option 1, Eve drives (4 of 4 votes; everyone voted)",
            decision.Summary
        );
        Assert.Equal("do", h.State.Loops[0].Phase);
    }

    [Fact]
    public void A_tie_is_broken_by_proposal_order_and_says_so()
    {
        var h = Loops.InVote();
        h.Send("ann", "/vote 2");
        h.Send("eve", "/vote 1");
        h.Wait(TimeSpan.FromDays(1));
        var decision = h.OfKind(ReceiptKind.Decision).Single();
        Assert.Equal(
            "Decided: option 1, Eve drives (1 of 2 votes; tie between 1 and 2 broken by proposal order; the deadline passed)",
            decision.Summary
        );
    }

    [Fact]
    public void Missing_quorum_sends_the_loop_back_to_listen_in_the_default_flow()
    {
        var h = Loops.InVote();
        h.Send("ann", "/vote 1");
        h.Wait(TimeSpan.FromDays(1));
        Assert.Equal(
            "No decision: quorum 2 not met (1 of 4 voted; the deadline passed)",
            h.OfKind(ReceiptKind.Decision).Single().Summary
        );
        Assert.Equal("listen", h.State.Loops[0].Phase);
        Assert.Null(h.State.Loops[0].Vote);
        Assert.Equal(2, h.State.Loops[0].Options.Count);
    }

    [Fact]
    public void Members_who_have_not_voted_are_reminded_before_the_deadline_and_voters_are_not()
    {
        var h = Loops.InVote();
        h.Send("ann", "/vote 1");
        var reminders = h.Wait(TimeSpan.FromHours(18));
        Assert.Equal(
            3,
            reminders.Count(l => l.Contains("haven't voted yet", StringComparison.Ordinal))
        );
        Assert.DoesNotContain(reminders, l => l.StartsWith("bot → ann:", StringComparison.Ordinal));
    }

    [Fact]
    public void Approval_votes_accept_several_options_and_the_most_approved_wins()
    {
        var h = new EngineHarness(flows: TestFlows.With(VoteKind.Approval));
        foreach (var n in new[] { "dan", "eve", "fay", "ann" })
            h.Send(n, "/help");
        h.Send("ann", "/ask Where do we meet?");
        h.Send("eve", "/propose Library");
        h.Send("fay", "/propose Park");
        h.Send("ann", "/propose Cafe");
        h.Send("dan", "/vote");
        h.Send("ann", "/vote 1 3");
        h.Send("eve", "/vote 2 3");
        h.Send("fay", "/vote 3");
        h.Send("dan", "/vote 1");
        Assert.Equal(
            "Decided: option 3, Cafe (3 of 4 votes; everyone voted)",
            h.OfKind(ReceiptKind.Decision).Single().Summary
        );
    }

    [Fact]
    public void Single_choice_votes_refuse_two_numbers_with_a_hint()
    {
        var h = Loops.InVote();
        Assert.Equal(
            ["bot: This is a single-choice vote: pick one, e.g. /vote #1 1."],
            h.Send("ann", "/vote 1 2")
        );
        Assert.Equal(
            [
                "bot: \"7\" isn't an option on #1. Vote with one number from 1 to 2, e.g. /vote #1 1.",
            ],
            h.Send("ann", "/vote 7")
        );
        Assert.Empty(h.State.Loops[0].Vote!.Ballots);
    }

    [Fact]
    public void A_consent_proposal_passes_at_the_deadline_when_nobody_objects()
    {
        var h = ConsentVote();
        h.Send("eve", "/vote 1");
        h.Wait(TimeSpan.FromDays(1));
        Assert.StartsWith(
            "Decided: option 1, Eve drives (adopted by consent, no objections",
            h.OfKind(ReceiptKind.Decision).Single().Summary
        );
        Assert.Equal("do", h.State.Loops[0].Phase);
    }

    [Fact]
    public void A_consent_proposal_with_an_objection_is_not_adopted()
    {
        var h = ConsentVote();
        Assert.StartsWith("bot: Please give a reason", h.Send("fay", "/object")[0]);
        h.Send("fay", "/object It leaves nobody to watch the kids");
        h.Send("eve", "/vote 1");
        h.Wait(TimeSpan.FromDays(1));
        Assert.Equal(
            "Not adopted: option 1 met 1 objection (fay: It leaves nobody to watch the kids)",
            h.OfKind(ReceiptKind.Decision).Single().Summary
        );
        Assert.Equal("listen", h.State.Loops[0].Phase);
    }

    private static EngineHarness ConsentVote()
    {
        var h = new EngineHarness(flows: TestFlows.With(VoteKind.Consent));
        foreach (var n in new[] { "dan", "eve", "fay", "ann" })
            h.Send(n, "/help");
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/propose Eve drives");
        h.Send("dan", "/vote");
        Assert.Equal(VoteKind.Consent, h.State.Loops[0].Vote!.Kind);
        return h;
    }
}
