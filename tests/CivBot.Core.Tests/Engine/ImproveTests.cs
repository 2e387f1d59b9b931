namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class ImproveTests
{
    [Fact]
    public void Anyone_notes_an_improvement_in_any_phase_and_the_kit_carries_it_never_the_auditors_ok_note()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");

        var said = h.Send("ann", "/improve Ask the clinic for the exact pickup door");
        h.Send("eve", "/done Drove her there");
        h.Send("fay", "/audit ok Receipts match");
        var kit = string.Join(
            "\n",
            h.Send("ann", "/kit #1 full")
                .Select(l => l.Replace("bot: ", "", StringComparison.Ordinal))
        );

        Assert.Equal(
            [
                "bot: 💡 ann suggests for next time (#1): Ask the clinic for the exact pickup door. It goes in the kit: /kit #1",
            ],
            said
        );
        Assert.Equal("improvement", h.OfKind(ReceiptKind.Improvement).Single().Kind.WireName());
        Assert.Contains(
            "## One thing to improve\nAsk the clinic for the exact pickup door",
            kit,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(
            "## One thing to improve\nReceipts match",
            kit,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "receipts check out",
            string.Join("\n", h.Send("ann", "/verify")),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void An_improvement_after_the_loop_closed_still_reaches_its_kit()
    {
        var h = Loops.InAudit();
        h.Send("fay", "/audit ok Receipts match");

        var said = h.Send("eve", "/improve Book the car the day before");

        Assert.Equal(
            [
                "bot: 💡 eve suggests for next time (#1): Book the car the day before. It goes in the kit: /kit #1",
            ],
            said
        );
        Assert.Contains("bot: Improve: Book the car the day before", h.Send("ann", "/kit #1"));
        Assert.Equal(1, h.OfKind(ReceiptKind.Improvement).Single().Loop);
    }

    [Fact]
    public void An_empty_improvement_or_one_for_a_loop_that_never_existed_records_nothing_and_says_how()
    {
        var h = Loops.InDo();

        var empty = h.Send("ann", "/improve");
        var unknown = h.Send("ann", "/improve #7 Something");

        Assert.Equal(
            [
                "bot: What would you do better next time? e.g. /improve #1 Ask the clinic for the exact pickup door.",
            ],
            empty
        );
        Assert.Single(unknown);
        Assert.StartsWith("bot: There is no loop #7 yet.", unknown[0], StringComparison.Ordinal);
        Assert.Empty(h.OfKind(ReceiptKind.Improvement));
    }
}
