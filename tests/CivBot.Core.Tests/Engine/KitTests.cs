namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Tests.Support;

public sealed class KitTests
{
    private static EngineHarness ClosedRide()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        h.Send("eve", "/spend 6.40 USD gas");
        h.Send("eve", "/spend 3 EUR parking");
        h.Send("eve", "/spend 2 EUR parking again by mistake");
        h.Send("eve", "/undo");
        h.Send("ann", "/improve Ask the clinic for the exact pickup door");
        h.Send("eve", "/done Drove her there at 4:40");
        h.Send("fay", "/audit ok Receipts match");
        return h;
    }

    [Fact]
    public void Kit_in_a_chat_is_a_short_summary_that_says_where_the_whole_kit_is()
    {
        var h = ClosedRide();

        var kit = h.Send("ann", "/kit");

        Assert.Equal(
            [
                "bot: 🧰 Kit #1: Need a ride to the clinic before 5pm",
                "bot: Decided: option 1, Eve drives (4 of 4 votes; everyone voted)",
                "bot: Cost: 6.40 USD in 1 spend · 3.00 EUR in 1 spend",
                "bot: Outcome: Drove her there at 4:40 · audit ok: Receipts match",
                "bot: Improve: Ask the clinic for the exact pickup door",
                "bot: Whole kit to copy: /kit #1 full",
            ],
            kit
        );
    }

    [Fact]
    public void The_full_kit_lists_the_steps_people_took_and_leaves_the_bots_bookkeeping_to_the_trail()
    {
        var h = ClosedRide();

        var kit = string.Join(
            "\n",
            h.Send("ann", "/kit #1 full")
                .Select(l => l.Replace("bot: ", "", StringComparison.Ordinal))
        );

        Assert.Contains("# Kit: loop #1", kit, StringComparison.Ordinal);
        Assert.Contains(
            "## One thing to improve\nAsk the clinic for the exact pickup door",
            kit,
            StringComparison.Ordinal
        );
        Assert.Contains("- 3.00 EUR in 1 spend\n", kit, StringComparison.Ordinal);
        Assert.DoesNotContain(
            "parking again",
            kit[..kit.IndexOf("## Receipts", StringComparison.Ordinal)],
            StringComparison.Ordinal
        );
        var receipts = kit[kit.IndexOf("## Receipts", StringComparison.Ordinal)..];
        Assert.DoesNotContain("(rotation)", receipts, StringComparison.Ordinal);
        Assert.DoesNotContain("closed", receipts, StringComparison.Ordinal);
        Assert.Contains(
            "Roles, vote openings and phase moves are in the full trail: /receipts #1",
            receipts,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_collect_flows_kit_gives_the_checks_as_its_outcome()
    {
        var h = Loops.WithMembers("listing-check", "ann", "bob", "cat");
        h.Send("ann", "/ask Check the clinic listings");
        h.Send(h.State.Member(h.State.Loops[0].Steward!.Value)!.Handle, "/next");
        h.Send("bob", "/check Clinic A: phone right");
        h.Send("cat", "/check Clinic B: hours wrong");
        h.Send("cat", "/check Clinic C: closed Sundays");

        var kit = h.Send("ann", "/kit #1");

        Assert.Contains("bot: Outcome: 3 checks sent by 2 members", kit);
        Assert.Contains("bot: 🧰 Kit #1 (still open): Check the clinic listings", kit);
    }

    [Fact]
    public void Kit_with_anything_but_full_after_it_says_how_to_ask()
    {
        var h = ClosedRide();

        Assert.Equal(
            ["bot: /kit #1 gives a short summary; /kit #1 full gives the whole kit."],
            h.Send("ann", "/kit #1 everything")
        );
    }
}
