namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class HonestClosureTests
{
    [Fact]
    public void A_loop_without_quorum_closes_plainly_with_the_reason_and_the_asker_hears_what_next()
    {
        var h = Loops.WithMembers("urgent-ride");
        h.Send("ann", "/ask Need a ride now");
        h.Send("eve", "/propose Eve drives");
        h.Send("dan", "/vote");
        var closing = h.Wait(TimeSpan.FromHours(2));
        Assert.Empty(h.State.Loops);
        var closed = h.OfKind(ReceiptKind.Closed).Single();
        Assert.StartsWith("Loop #1 closed without a decision: no quorum", closed.Summary);
        Assert.Equal(ActorType.Bot, closed.ActorType);
        Assert.Contains(
            "bot: Loop #1 closed without a decision: no quorum. Its receipts stay on the record: /receipts #1",
            closing
        );
        Assert.Contains(
            "bot → ann: Your ask #1 closed without a decision (no quorum). If you still need it, ask again with a little more detail: /ask <what you need>. The group's notes so far: /receipts #1",
            closing
        );
        Assert.DoesNotContain(closing, l => l.Contains("Thank you", StringComparison.Ordinal));
        Assert.DoesNotContain(closing, l => l.Contains('✅'));
    }

    [Fact]
    public void A_loop_that_decided_and_was_audited_still_closes_with_thanks()
    {
        var h = Loops.InAudit();
        var closing = h.Send("fay", "/audit ok Receipts match");
        Assert.Contains(
            closing,
            l => l.StartsWith("bot: ✅ Loop #1 is closed", StringComparison.Ordinal)
        );
        Assert.StartsWith(
            "Loop #1 closed: audit confirmed by fay",
            h.OfKind(ReceiptKind.Closed).Single().Summary
        );
    }

    [Fact]
    public void The_asker_withdraws_an_ask_and_it_closes_plainly_with_the_reason()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride to the clinic");
        h.Send("eve", "/propose Eve drives");

        var said = h.Send("ann", "/withdraw my neighbour took me");

        Assert.Equal(
            [
                "bot: Loop #1 was withdrawn: by ann (my neighbour took me). Its receipts stay on the record: /receipts #1",
            ],
            said
        );
        Assert.Empty(h.State.Loops);
        var closed = h.OfKind(ReceiptKind.Closed).Single();
        Assert.Equal("Loop #1 was withdrawn: by ann (my neighbour took me)", closed.Summary);
        Assert.Equal(ActorType.Bot, closed.ActorType);
    }

    [Fact]
    public void The_steward_may_withdraw_and_the_asker_hears_it_privately_while_others_may_not()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride to the clinic");
        Assert.Equal(
            [
                "bot: Only the asker (ann) or the steward (dan) can withdraw #1. If it's no longer needed, tell them in the group.",
            ],
            h.Send("eve", "/withdraw")
        );
        Assert.Single(h.State.Loops);

        var said = h.Send("dan", "/withdraw");
        Assert.Contains(
            "bot: Loop #1 was withdrawn: by dan. Its receipts stay on the record: /receipts #1",
            said
        );
        Assert.Contains(
            said,
            l =>
                l.StartsWith(
                    "bot → ann: Your ask #1 was withdrawn (by dan).",
                    StringComparison.Ordinal
                )
        );
    }
}
