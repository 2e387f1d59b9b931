namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class UndoTests
{
    [Fact]
    public void Undo_reverts_the_senders_own_last_move_and_records_an_undo_receipt()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/propose Eve drives");
        h.Send("fay", "/propose Typo option");
        var undone = h.Send("fay", "/undo");
        Assert.Equal(
            [
                "bot: ↩️ fay undid option 2 on #1. It stays on the record as receipt #5, now marked undone.",
            ],
            undone
        );
        Assert.Single(h.State.Loops[0].Options);
        var undo = h.OfKind(ReceiptKind.Undo).Single();
        Assert.Equal(["receipt:#5"], undo.Evidence);
        Assert.Equal("fay", undo.Actor);
        Assert.Equal(ReceiptKind.Option, h.Receipts[4].Kind);
    }

    [Fact]
    public void A_bare_undo_never_touches_someone_elses_work_even_the_stewards()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("fay", "/propose Fay drives");
        Assert.Equal(
            [
                "bot: /undo takes back only your own last move, and you have none to take back on #1. To revert someone else's, the steward (dan) names it with a reason, e.g. /undo #1 option 2 duplicate of option 1.",
            ],
            h.Send("dan", "/undo")
        );
        Assert.Equal(
            "bot: /undo takes back only your own last move, and you have none to take back on #1. To revert someone else's, the steward (dan) names it with a reason, e.g. /undo #1 option 2 duplicate of option 1.",
            h.Send("eve", "/undo").Single()
        );
        Assert.Single(h.State.Loops[0].Options);
        Assert.Empty(h.OfKind(ReceiptKind.Undo));
    }

    [Fact]
    public void Undo_takes_back_my_option_even_after_others_moved_and_leaves_theirs()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/propose Eve drives");
        h.Send("fay", "/propose Fay drives");
        h.Send("ann", "/add The clinic closes at 5");
        var reply = h.Send("eve", "/undo");
        Assert.Equal(
            "bot: ↩️ eve undid option 1 on #1. It stays on the record as receipt #4, now marked undone (receipt #7).",
            reply[0]
        );
        Assert.Equal("bot: Options now: 1) Fay drives", reply[1]);
        Assert.Equal(["Fay drives"], h.State.Loops[0].Options.Select(o => o.Text));
        Assert.Contains(h.Receipts, r => r.Kind == ReceiptKind.Context && r.Actor == "ann");
    }

    [Fact]
    public void The_steward_reverts_anothers_option_only_by_naming_it_with_a_reason()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/propose Eve drives at 4");
        h.Send("fay", "/propose Eve drives at 4pm");
        Assert.Equal(
            "bot: Please say why, so the group and the author can see it: /undo #1 option 2 duplicate of option 1.",
            h.Send("dan", "/undo option 2").Single()
        );
        var reply = h.Send("dan", "/undo option 2 duplicate of option 1");
        Assert.Equal(
            [
                "bot: ↩️ dan reverted option 2 on #1 (fay: Eve drives at 4pm). Reason: duplicate of option 1. It stays on the record as receipt #5, now marked reverted (receipt #6).",
                "bot: Options now: 1) Eve drives at 4",
                "bot → fay: dan, the steward of #1, took your option \"Eve drives at 4pm\" off the list: duplicate of option 1. It stays on the record. If you disagree, say so in the group; you can also propose again with /propose #1 <option>.",
            ],
            reply
        );
        var undo = h.OfKind(ReceiptKind.Undo).Single();
        Assert.Equal(
            "Reverted option 2 by fay (Eve drives at 4pm). Reason: duplicate of option 1",
            undo.Summary
        );
        Assert.Equal(["receipt:#5"], undo.Evidence);
        Assert.Equal(ActorType.Member, undo.ActorType);
        Assert.Single(h.State.Loops[0].Options);
    }

    [Fact]
    public void Only_the_steward_can_revert_someone_elses_option()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/propose Eve drives");
        Assert.StartsWith(
            "bot: Only the steward (dan) can revert someone else's option on #1.",
            h.Send("fay", "/undo option 1 I don't like it").Single()
        );
        Assert.Single(h.State.Loops[0].Options);
    }

    [Fact]
    public void An_undone_spend_does_not_count_in_the_total_or_the_kit()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        h.Send("eve", "/spend 20 USD wrong amount");
        h.Send("eve", "/undo");
        h.Send("eve", "/spend 6.40 USD gas");
        Assert.Equal(6.40m, h.State.Loops[0].Spent!["USD"]);
        h.Send("eve", "/done Drove her");
        h.Send("fay", "/audit ok Fine");
        var kit = h.Send("ann", "/kit #1 full");
        Assert.Contains("bot: - 6.40 USD in 1 spend", kit);
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

    [Fact]
    public void The_steward_reverts_anothers_spend_by_its_receipt_with_a_reason_and_the_total_drops()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        h.Send("eve", "/spend 10 USD gas");
        h.Send("eve", "/spend 10 USD gas");
        var seq = h.OfKind(ReceiptKind.Spend).Last().Seq;
        var steward = h.State.Member(h.State.Loops[0].Steward!.Value)!.Handle;

        Assert.StartsWith(
            "bot: Only ",
            h.Send("fay", $"/undo receipt {seq} paid twice")[0],
            StringComparison.Ordinal
        );
        Assert.Equal(
            $"bot: Please say why, so the group and the author can see it: /undo #1 receipt {seq} paid twice.",
            h.Send(steward, $"/undo receipt {seq}").Single()
        );
        var said = h.Send(steward, $"/undo receipt {seq} paid twice");

        Assert.StartsWith($"bot: ↩️ {steward} reverted ", said[0], StringComparison.Ordinal);
        Assert.Contains("by eve on #1. Reason: paid twice.", said[0], StringComparison.Ordinal);
        Assert.Contains(
            said,
            l =>
                l.StartsWith(
                    $"bot → eve: {steward}, the steward of #1, reverted ",
                    StringComparison.Ordinal
                )
        );
        var undo = h.OfKind(ReceiptKind.Undo).Single();
        Assert.Equal([$"receipt:#{seq}"], undo.Evidence);
        Assert.EndsWith("Reason: paid twice", undo.Summary, StringComparison.Ordinal);
        Assert.Contains(
            h.Send("ann", "/status"),
            l =>
                l.Contains("10.00 USD", StringComparison.Ordinal)
                && !l.Contains("20.00", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_receipt_that_is_not_a_move_of_the_phase_is_not_reverted()
    {
        var h = Loops.InDo();
        var steward = h.State.Member(h.State.Loops[0].Steward!.Value)!.Handle;
        var said = h.Send(steward, "/undo receipt 1 wrong ask");
        Assert.StartsWith(
            "bot: Receipt #1 is not a move of this phase of #1 I can revert.",
            said.Single(),
            StringComparison.Ordinal
        );
        Assert.Empty(h.OfKind(ReceiptKind.Undo));
    }

    [Fact]
    public void The_steward_reverts_an_early_spend_after_many_later_moves_and_only_that_spend_leaves_the_total()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        h.Send("eve", "/spend 7 USD first tank");
        var first = h.OfKind(ReceiptKind.Spend).Last().Seq;
        for (var i = 1; i <= 5; i++)
            h.Send("eve", $"/spend 1 USD snack {i}");
        var steward = h.State.Member(h.State.Loops[0].Steward!.Value)!.Handle;

        var said = h.Send(steward, $"/undo receipt {first} receipt was for another loop");

        Assert.Contains("reverted ", said[0], StringComparison.Ordinal);
        Assert.Contains("by eve on #1.", said[0], StringComparison.Ordinal);
        Assert.Equal($"receipt:#{first}", h.OfKind(ReceiptKind.Undo).Single().Evidence.Single());
        var status = h.Send("ann", "/status");
        Assert.Contains(status, l => l.Contains("5.00 USD", StringComparison.Ordinal));
        // Only the newest moves keep a full copy of the loop; the rest stay revertable without one.
        Assert.Equal(
            CivBot.Core.Engine.Turn.UndoDepth,
            h.State.Loops[0].Undo.Count(e => e.Before is not null)
        );
    }

    [Fact]
    public void A_phase_flooded_with_notes_keeps_its_stored_undo_history_bounded_and_its_spends_revertable()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        h.Send("eve", "/spend 7 USD first tank");
        var spend = h.OfKind(ReceiptKind.Spend).Last().Seq;
        var history = CivBot.Core.Engine.Turn.UndoHistory;
        for (var i = 1; i <= history + 50; i++)
            h.Send("eve", $"/add note {i}");

        var undo = h.State.Loops[0].Undo;
        Assert.Equal(history, undo.Count);
        Assert.Contains(undo, e => e.ReceiptSeq == spend);
        var firstNote = h.OfKind(ReceiptKind.Progress).First().Seq;
        Assert.DoesNotContain(undo, e => e.ReceiptSeq == firstNote);

        var steward = h.State.Member(h.State.Loops[0].Steward!.Value)!.Handle;
        Assert.StartsWith(
            $"bot: Receipt #{firstNote} is not a move of this phase of #1 I can revert. The phase's latest 50",
            h.Send(steward, $"/undo receipt {firstNote} spam").Single(),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "reverted ",
            h.Send(steward, $"/undo receipt {spend} paid twice")[0],
            StringComparison.Ordinal
        );
    }
}
