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
}
