namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Engine;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class DeadlineTests
{
    [Fact]
    public void Status_after_a_missed_deadline_says_it_passed_and_when_never_now()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        var deadline = h.State.Loops[0].PhaseDeadline;
        h.Wait(TimeSpan.FromDays(5));

        var phase = Assert.Single(
            h.Send("ann", "/status"),
            l => l.Contains("Phase: ", StringComparison.Ordinal)
        );

        Assert.EndsWith(
            $", deadline passed ({deadline.UtcDateTime:ddd HH:mm})",
            phase,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_missed_do_deadline_asks_the_steward_to_repick_or_withdraw_and_after_a_grace_the_group_is_told()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");

        var atDeadline = h.Wait(TimeSpan.FromDays(4));
        Assert.Contains(
            atDeadline,
            l =>
                l.StartsWith("bot → dan: ⏱ #1 is past its Do deadline", StringComparison.Ordinal)
                && l.Contains("/next #1", StringComparison.Ordinal)
                && l.Contains("/withdraw #1", StringComparison.Ordinal)
        );
        Assert.Contains(atDeadline, l => l.StartsWith("bot → eve: ⏱ #1", StringComparison.Ordinal));
        Assert.DoesNotContain(atDeadline, l => l.StartsWith("bot: ", StringComparison.Ordinal));

        var afterGrace = h.Wait(TimeSpan.FromDays(1));
        Assert.Equal(
            [
                "bot: ⏱ #1 is past its Do deadline and not done yet. eve: /done #1 <outcome> when finished. dan (steward) can pick new builders with /next #1 or end it with /withdraw #1.",
            ],
            afterGrace
        );
    }

    [Fact]
    public void The_stewards_next_after_a_missed_do_deadline_picks_a_new_builder_with_a_fresh_deadline()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        h.Wait(TimeSpan.FromDays(4));

        var said = h.Send("dan", "/next");

        Assert.Contains(
            "bot: 🔨 dan asked for new builders for #1, so rotation picks fay to build it. Can't do it? /handoff #1.",
            said
        );
        var loop = h.State.Loops[0];
        Assert.Equal([HarnessId("fay")], loop.Builders);
        Assert.Equal(h.Now.AddDays(4), loop.PhaseDeadline);
        // The grace timer of the old deadline no longer tells the group anything.
        Assert.Empty(h.Wait(TimeSpan.FromDays(1)));
    }

    [Fact]
    public void Before_the_do_deadline_the_stewards_next_leaves_the_builders_alone()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        var said = h.Send("dan", "/next");
        Assert.Single(said);
        Assert.Contains("After the deadline", said[0], StringComparison.Ordinal);
        Assert.Equal([HarnessId("eve")], h.State.Loops[0].Builders);
    }

    [Fact]
    public void After_the_flows_limit_of_silent_auditors_the_steward_may_close_unaudited_and_the_receipt_says_so()
    {
        var h = Loops.InAudit();
        h.Send("gus", "/help");
        h.Send("hal", "/help");

        // fay, then gus, then hal let every reminder pass (the flow allows 2 re-picks).
        h.Wait(TimeSpan.FromDays(30));
        Assert.Contains(
            h.Transcript,
            l => l.StartsWith("bot: 🔎 gus is now the auditor of #1", StringComparison.Ordinal)
        );
        Assert.Contains(
            h.Transcript,
            l => l.StartsWith("bot: 🔎 hal is now the auditor of #1", StringComparison.Ordinal)
        );
        Assert.Contains(
            h.Transcript,
            l =>
                l.StartsWith("bot: 📣 #1 still has no audit", StringComparison.Ordinal)
                && l.Contains("close it unaudited with /next #1", StringComparison.Ordinal)
        );
        Assert.Single(h.State.Loops);

        var closing = h.Send("dan", "/next");

        Assert.Empty(h.State.Loops);
        Assert.Equal(
            "Loop #1 closed: not audited: 3 auditors were asked and none answered; dan closed it",
            h.OfKind(ReceiptKind.Closed).Single().Summary
        );
        Assert.Contains(closing, l => l.Contains("not audited", StringComparison.Ordinal));
    }

    [Fact]
    public void Before_the_limit_the_stewards_next_in_audit_picks_another_auditor()
    {
        var h = Loops.InAudit();
        h.Send("gus", "/help");
        var said = h.Send("dan", "/next");
        Assert.Contains("bot: 🔎 gus is now the auditor of #1 (picked again by dan).", said);
        Assert.Single(h.State.Loops);
    }

    [Fact]
    public void When_nobody_independent_is_left_the_steward_may_close_unaudited_and_the_receipt_counts_only_who_was_asked()
    {
        var h = Loops.InAudit();
        h.Wait(TimeSpan.FromDays(30));
        h.Send("dan", "/next");
        Assert.Equal(
            "Loop #1 closed: not audited: 1 auditor was asked and none answered; dan closed it",
            h.OfKind(ReceiptKind.Closed).Single().Summary
        );
    }

    private static Model.MemberId HarnessId(string name) => EngineHarness.Member(name).Id;
}
