namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class ConversationTests
{
    [Fact]
    public void An_unknown_command_gets_a_friendly_suggestion()
    {
        var h = Loops.WithMembers();
        Assert.Equal(
            ["bot: I don't know /vot. Did you mean /vote? /help lists everything."],
            h.Send("ann", "/vot 1")
        );
        Assert.Equal(
            [
                "bot: I don't know /frobnicate. /help lists what I can do; /flows the loops this group can run (/checks, /urgent).",
            ],
            h.Send("ann", "/frobnicate")
        );
    }

    [Fact]
    public void With_several_loops_open_a_command_without_a_loop_number_asks_which()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/ask Need chairs for Saturday");
        var reply = h.Send("fay", "/propose Borrow from the church");
        Assert.Equal(
            [
                "bot: Several loops are open, so please say which one, e.g. /propose #2 Borrow from the church. Open now: #1 Need a ride (listen), #2 Need chairs for Saturday (listen)",
            ],
            reply
        );
        h.Send("fay", "/propose #2 Borrow from the church");
        Assert.Single(h.State.Loop(2)!.Options);
        Assert.Empty(h.State.Loop(1)!.Options);
    }

    [Fact]
    public void Plain_chatter_in_the_group_gets_no_reply_but_a_private_message_gets_a_hint()
    {
        var h = Loops.WithMembers();
        Assert.Empty(h.Send("ann", "see you all on Saturday"));
        Assert.Equal(
            "bot → ann: "
                + "Hi, I'm CivBot, a bot. To ask your group for help, start with /ask, e.g. /ask Need a ride to the clinic before 5pm. /help lists everything else.",
            h.SendPrivately("ann", "hello?")[0]
        );
    }

    [Fact]
    public void An_ask_that_looks_like_an_emergency_also_gets_the_emergency_pointer()
    {
        var h = Loops.WithMembers();
        var reply = h.Send("ann", "/ask Emergency: my neighbour fell and needs an ambulance");
        Assert.Contains(
            reply,
            l =>
                l.StartsWith("bot: ⚠️", StringComparison.Ordinal)
                && l.Contains("emergency", StringComparison.OrdinalIgnoreCase)
        );
    }

    [Fact]
    public void Phone_numbers_typed_into_an_ask_never_reach_the_receipts_or_the_chat()
    {
        var h = Loops.WithMembers();
        var reply = h.Send("ann", "/ask Call me on +1 (415) 867-5309 about the ride");
        Assert.Equal("Call me on [number hidden] about the ride", h.Receipts[0].Summary);
        Assert.DoesNotContain(reply, l => l.Contains("867", StringComparison.Ordinal));
    }

    [Fact]
    public void A_private_asker_hears_the_key_moments_and_can_vote_with_a_bare_digit()
    {
        var h = Loops.WithMembers();
        var asked = h.SendPrivately("ann", "/ask Need a ride to the clinic before 5pm");
        Assert.Contains(
            asked,
            l => l.StartsWith("bot: 📣 New ask #1 from ann", StringComparison.Ordinal)
        );
        Assert.Contains(
            asked,
            l => l.StartsWith("bot → ann: Thanks, your ask is loop #1", StringComparison.Ordinal)
        );
        h.Send("eve", "/propose Eve drives");
        h.Send("fay", "/propose Taxi");
        var vote = h.Send("dan", "/vote");
        Assert.Contains("bot → ann: Reply 1 or 2", vote);
        h.SendPrivately("ann", "2");
        Assert.Equal([2], h.State.Loops[0].Vote!.Ballots[EngineHarness.Member("ann").Id].ToArray());
    }

    [Fact]
    public void Receipts_page_back_with_more_and_stay_stable_while_new_receipts_arrive()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        for (var i = 1; i <= 15; i++)
            h.Send("eve", $"/add note {i}");
        var first = h.Send("ann", "/receipts");
        Assert.Equal("bot: Receipts for this group:", first[0]);
        Assert.StartsWith("bot: #9 ·", first[1]);
        Assert.StartsWith("bot: #18 ·", first[10]);
        h.Send("eve", "/add a newer note");
        var second = h.Send("ann", "/receipts more");
        Assert.Equal("bot: Receipts for this group (page 2):", second[0]);
        Assert.StartsWith("bot: #1 ·", second[1]);
        Assert.StartsWith("bot: #8 ·", second[8]);
        Assert.Equal("bot: That is the start of the trail. Check the chain: /verify", second[^1]);
    }

    [Fact]
    public void A_spend_with_a_malformed_amount_is_explained_and_nothing_is_recorded()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        Assert.Equal(
            [
                "bot: \"six\" isn't an amount I can read (use digits and a dot, like 12.50). Try: /spend #1 12.50 USD gas for the ride",
            ],
            h.Send("eve", "/spend six USD gas")
        );
        Assert.Equal(
            [
                "bot: \"dollars\" isn't a currency code I know; use its ISO code, like USD, EUR, GBP or JPY. Try: /spend #1 12.50 USD gas for the ride",
            ],
            h.Send("eve", "/spend 6 dollars gas")
        );
        Assert.DoesNotContain(h.Receipts, r => r.Kind == ReceiptKind.Spend);
    }
}
