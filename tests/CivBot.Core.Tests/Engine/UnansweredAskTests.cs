namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class UnansweredAskTests
{
    [Fact]
    public void An_ask_nobody_answers_closes_as_no_options_after_two_rounds_and_the_asker_is_told_privately()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride to the clinic before 5pm");

        var firstRound = h.Wait(TimeSpan.FromDays(2));
        Assert.Single(h.State.Loops);
        Assert.Contains(
            firstRound,
            l => l.Contains("#1 is back in Listen", StringComparison.Ordinal)
        );

        var secondRound = h.Wait(TimeSpan.FromDays(2));
        Assert.Empty(h.State.Loops);
        Assert.Contains(
            "bot: Loop #1 closed as \"no options\": nobody proposed an option in 2 rounds. Its receipts stay on the record: /receipts #1",
            secondRound
        );
        Assert.Contains(
            secondRound,
            l =>
                l.StartsWith(
                    "bot → ann: Your ask #1 closed as \"no options\"",
                    StringComparison.Ordinal
                )
        );
        Assert.StartsWith(
            "Loop #1 closed as \"no options\"",
            h.OfKind(ReceiptKind.Closed).Single().Summary
        );
    }

    [Fact]
    public void An_unanswered_ask_produces_a_handful_of_bot_messages_over_a_month()
    {
        var h = Loops.WithMembers();
        var before = h.Transcript.Count;
        h.Send("ann", "/ask Need someone to water my plants");

        h.Wait(TimeSpan.FromDays(5));
        var lastWeeks = h.Wait(TimeSpan.FromDays(25));

        var messages = h
            .Transcript.Skip(before)
            .Count(l => l.StartsWith("bot", StringComparison.Ordinal));
        Assert.Empty(h.State.Loops);
        Assert.InRange(messages, 1, 10);
        Assert.Empty(lastWeeks);
    }

    [Fact]
    public void A_flow_sets_how_many_rounds_an_ask_gets()
    {
        var flows = new CivBot.Core.Flows.FlowCatalog([
            FlowText.LoadValid(
                """
                id: test-flow
                version: 1
                title: Three rounds
                phases:
                  - id: listen
                    kind: listen
                    duration: 1h
                  - id: deliberate
                    kind: deliberate
                    duration: 1h
                    vote:
                      duration: 1h
                      on_no_quorum: listen
                      rounds: 3
                  - id: do
                    kind: do
                    duration: 1d
                  - id: audit
                    kind: audit
                    duration: 1d
                """
            ),
        ]);
        var h = new EngineHarness(flows: flows);
        h.Send("dan", "/help");
        h.Send("ann", "/ask Need a ladder");

        h.Wait(TimeSpan.FromHours(4));
        Assert.Single(h.State.Loops);
        h.Wait(TimeSpan.FromHours(2));
        Assert.Empty(h.State.Loops);
        Assert.Contains(
            "3 rounds",
            h.OfKind(ReceiptKind.Closed).Single().Summary,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_vote_that_misses_quorum_round_after_round_closes_too()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride to the clinic before 5pm");
        h.Send("eve", "/propose Eve drives");

        h.Wait(TimeSpan.FromDays(30));

        Assert.Empty(h.State.Loops);
        Assert.StartsWith(
            "Loop #1 closed without a decision: no quorum after 2 rounds",
            h.OfKind(ReceiptKind.Closed).Single().Summary
        );
    }
}
