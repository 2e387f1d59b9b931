namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

/// <summary>Mission acceptance story 1, played through the engine with the urgent-ride flow.</summary>
public sealed class UrgentRideStoryTests
{
    [Fact]
    public void An_urgent_ride_runs_from_ask_to_closed_within_an_hour_with_every_receipt()
    {
        var h = new EngineHarness("urgent-ride");
        h.Send("dan", "/help");
        h.Send("eve", "/help");
        h.Send("fay", "/help");

        var opened = h.Send(
            "ann",
            "/ask Need a ride for my son to the clinic on Main St before 5pm"
        );
        Assert.Contains(
            opened,
            l => l.StartsWith("bot: 📣 New ask #1 from ann: Need a ride", StringComparison.Ordinal)
        );
        Assert.Contains(
            opened,
            l => l.StartsWith("bot → dan: You are the steward of #1", StringComparison.Ordinal)
        );
        Assert.Equal(
            "dan",
            h.Receipts.Single(r => r.Kind == ReceiptKind.Role).Summary.Split(' ')[0]
        );

        h.Send("eve", "/propose Eve drives him at 4pm");
        h.Send("fay", "/propose Taxi paid from the fund");
        var vote = h.Send("ann", "/vote");
        Assert.Contains(
            vote,
            l =>
                l.StartsWith(
                    "bot: 🗳 Vote on #1 (single choice), closes in 10m",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(vote, l => l == "bot: 1) Eve drives him at 4pm — 0");

        h.Send("ann", "/vote 1");
        Assert.Contains(
            "bot → ann: Got your vote on #1: 1) Eve drives him at 4pm. You can change it until the vote closes in 10m (09:10).",
            h.Last
        );
        h.Send("eve", "/vote 1");
        h.Send("fay", "/vote 2");
        var decided = h.Send("dan", "/vote 1");
        Assert.Contains("bot: Decision on #1: Eve drives him at 4pm", decided);
        Assert.Contains(
            decided,
            l => l.StartsWith("bot: #1 moves to Do", StringComparison.Ordinal)
        );
        Assert.Contains(
            h.Receipts,
            r =>
                r.Kind == ReceiptKind.Decision
                && r.Summary.StartsWith(
                    "Decided: option 1, Eve drives him at 4pm (3 of 4 votes",
                    StringComparison.Ordinal
                )
        );

        h.Wait(TimeSpan.FromMinutes(2));
        h.Send("eve", "/claim");
        h.Send("eve", "/spend 6.40 USD gas for the ride");
        Assert.Contains(
            "bot: 💸 eve spent 6.40 USD on #1: gas for the ride. Total so far: 6.40 USD.",
            h.Last
        );
        var done = h.Send("eve", "/done Dropped him at the clinic at 4:40, he made it");
        Assert.Contains(
            done,
            l => l.StartsWith("bot: 🔎 #1 moves to Audit. fay checks", StringComparison.Ordinal)
        );
        Assert.Contains(
            done,
            l => l.StartsWith("bot → fay: You are the auditor of #1", StringComparison.Ordinal)
        );

        var closed = h.Send("fay", "/audit ok Ann confirmed the ride; gas receipt matches");
        Assert.Contains(
            closed,
            l =>
                l.StartsWith(
                    "bot: ✅ Loop #1 is closed (audit confirmed by fay)",
                    StringComparison.Ordinal
                )
        );
        Assert.True(
            h.Now - new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero) < TimeSpan.FromHours(1)
        );

        Assert.Equal(
            [
                "ask",
                "flow",
                "role",
                "option",
                "option",
                "vote-opened",
                "decision",
                "claim",
                "spend",
                "done",
                "role",
                "audit-confirmed",
                "closed",
            ],
            h.Receipts.Select(r => r.Kind.WireName())
        );
        var spend = h.OfKind(ReceiptKind.Spend).Single();
        Assert.Equal(6.40m, spend.Amount);
        Assert.Equal("USD", spend.Currency);
        Assert.Empty(h.State.Loops);

        var kit = h.Send("ann", "/kit");
        Assert.Contains(
            "bot: 🧰 Kit #1: Need a ride for my son to the clinic on Main St before 5pm",
            kit
        );
        Assert.Contains("bot: Cost: 6.40 USD in 1 spend", kit);
        Assert.Contains("bot: Whole kit to copy: /kit #1 full", kit);
        Assert.Contains(
            h.Send("ann", "/verify"),
            l => l.Contains("All 13 receipts check out", StringComparison.Ordinal)
        );
    }
}
