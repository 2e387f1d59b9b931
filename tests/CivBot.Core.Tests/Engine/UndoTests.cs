namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class UndoTests
{
    [Fact]
    public void Undo_reverts_the_last_reversible_move_and_records_an_undo_receipt()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/propose Eve drives");
        h.Send("fay", "/propose Typo option");
        var undone = h.Send("dan", "/undo");
        Assert.Equal(
            [
                "bot: ↩️ dan undid option 2 on #1. It stays on the record as receipt #4, now marked undone.",
            ],
            undone
        );
        Assert.Single(h.State.Loops[0].Options);
        var undo = h.OfKind(ReceiptKind.Undo).Single();
        Assert.Equal(["receipt:#4"], undo.Evidence);
        Assert.Equal(ReceiptKind.Option, h.Receipts[3].Kind);
    }

    [Fact]
    public void An_undone_spend_does_not_count_in_the_total_or_the_kit()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        h.Send("eve", "/spend 20 USD wrong amount");
        h.Send("dan", "/undo");
        h.Send("eve", "/spend 6.40 USD gas");
        Assert.Equal(6.40m, h.State.Loops[0].Spent!["USD"]);
        h.Send("eve", "/done Drove her");
        h.Send("fay", "/audit ok Fine");
        var kit = h.Send("ann", "/kit #1");
        Assert.Contains("bot: - 6.40 USD in 1 spend(s)", kit);
    }

    [Fact]
    public void Undo_of_a_phase_move_goes_back_and_the_old_phase_timers_are_ignored()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("dan", "/next");
        Assert.Equal("deliberate", h.State.Loops[0].Phase);
        h.Send("dan", "/undo");
        Assert.Equal("listen", h.State.Loops[0].Phase);
        // The deliberate deadline set by /next is now stale; only the restored listen deadline moves the loop.
        h.Wait(TimeSpan.FromHours(23));
        Assert.Equal("listen", h.State.Loops[0].Phase);
        h.Wait(TimeSpan.FromHours(2));
        Assert.Equal("deliberate", h.State.Loops[0].Phase);
    }

    [Fact]
    public void Votes_are_never_undone()
    {
        var h = Loops.InVote();
        h.Send("ann", "/vote 1");
        var reply = h.Send("dan", "/undo");
        Assert.StartsWith(
            "bot: There is nothing on #1 I can undo. Votes, decisions and audits are never undone",
            reply[0]
        );
        Assert.Single(h.State.Loops[0].Vote!.Ballots);
    }

    [Fact]
    public void Opening_the_vote_can_be_undone_before_anyone_votes()
    {
        var h = Loops.InVote();
        h.Send("dan", "/undo");
        Assert.Null(h.State.Loops[0].Vote);
        h.Send("ann", "/propose A late third option");
        Assert.Equal(3, h.State.Loops[0].Options.Count);
    }
}
