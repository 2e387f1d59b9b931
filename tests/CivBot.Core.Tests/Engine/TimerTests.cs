namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Engine;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class TimerTests
{
    [Fact]
    public void The_listen_deadline_moves_the_loop_to_deliberate()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        var moved = h.Wait(TimeSpan.FromDays(1));
        Assert.Contains(
            moved,
            l =>
                l.StartsWith(
                    "bot: #1 moves to Deliberate (the listen deadline passed)",
                    StringComparison.Ordinal
                )
        );
    }

    [Fact]
    public void A_deliberation_with_options_opens_its_vote_by_itself_at_the_deadline()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/propose Eve drives");
        h.Wait(TimeSpan.FromDays(2));
        Assert.NotNull(h.State.Loops[0].Vote);
        Assert.Equal("CivBot", h.OfKind(ReceiptKind.VoteOpened).Single().Actor);
    }

    [Fact]
    public void The_auditor_is_nudged_with_backoff_and_then_rotation_picks_another()
    {
        var h = Loops.InAudit();
        h.Send("gus", "/help");
        var start = h.Now;
        var nudges = new List<DateTimeOffset>();
        for (var i = 0; i < 4; i++)
        {
            var next = h.NextTimer(TimerKind.AuditNudge)!;
            nudges.Add(next.DueAt);
            h.Wait(next.DueAt - h.Now);
        }
        // first after 12h, then waits double: 24h, 48h; the fourth firing escalates.
        Assert.Equal(
            [start.AddHours(12), start.AddHours(36), start.AddHours(84), start.AddHours(180)],
            nudges
        );
        Assert.Contains(
            "bot: 🔎 gus is now the auditor of #1 (fay didn't answer 3 reminders).",
            h.Last
        );
        Assert.Equal(h.Now.AddHours(12), h.NextTimer(TimerKind.AuditNudge)!.DueAt);
    }

    [Fact]
    public void Nudges_stop_once_the_auditor_acts()
    {
        var h = Loops.InAudit();
        h.Send("fay", "/audit ok Fine");
        Assert.Empty(h.Wait(TimeSpan.FromDays(10)));
    }

    [Fact]
    public void A_nudge_reaches_a_member_without_a_private_chat_as_a_mention_in_the_group()
    {
        var h = Loops.InDo();
        h.Unreachable("fay");
        h.Send("eve", "/claim");
        var audit = h.Send("eve", "/done Drove her");
        Assert.Contains(
            "bot: @fay You are the auditor of #1: Need a ride to the clinic before 5pm",
            audit
        );
    }

    [Fact]
    public void A_stuck_do_phase_nudges_the_steward_at_its_deadline()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        var stuck = h.Wait(TimeSpan.FromDays(4));
        Assert.Contains(
            stuck,
            l => l.StartsWith("bot → dan: ⏱ #1 is past its Do deadline", StringComparison.Ordinal)
        );
        Assert.Equal("do", h.State.Loops[0].Phase);
    }
}
