namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Tests.Support;

public sealed class StatusTests
{
    [Fact]
    public void Status_during_an_open_vote_says_how_to_vote_and_when_it_closes()
    {
        var h = Loops.InVote();
        h.Send("eve", "/vote 1");

        var status = h.Send("ann", "/status");

        Assert.InRange(status.Count, 1, 6);
        Assert.Contains(
            "bot: Votes: 1) Eve drives 1 · 2) Taxi from the fund 0 · 1 of 4 voted, quorum 2",
            status
        );
        Assert.Equal(
            "bot: Next: Vote with one number from 1 to 2, e.g. /vote #1 1. It closes in 1d (Mon 09:00).",
            status[^1]
        );
    }

    [Theory]
    [InlineData(
        "listen",
        "bot: Next: add context with /add #1 or propose an option with /propose #1 <option>."
    )]
    [InlineData(
        "deliberate",
        "bot: Next: dan opens the vote with /vote #1, or it opens by itself in 1d"
    )]
    [InlineData("do", "bot: Next: who will do it? /claim #1.")]
    [InlineData(
        "audit",
        "bot: Next: fay checks the receipts and replies /audit #1 ok <note> or /audit #1 flag <problem>."
    )]
    public void Status_names_the_true_next_step_for_each_phase_in_at_most_six_lines(
        string phase,
        string next
    )
    {
        var h = phase switch
        {
            "do" => Loops.InDo(),
            "audit" => Loops.InAudit(),
            _ => Loops.WithMembers(),
        };
        if (phase is "listen" or "deliberate")
            h.Send("ann", "/ask Need a ride to the clinic before 5pm");
        if (phase == "deliberate")
        {
            h.Send("eve", "/propose Eve drives");
            h.Send("dan", "/next");
        }

        var status = h.Send("ann", "/status");

        Assert.InRange(status.Count, 1, 6);
        Assert.StartsWith(next, status[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Opting_out_of_the_group_says_what_it_does_and_hands_held_roles_on()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");

        var said = h.Send("dan", "/optout group");

        Assert.Equal(
            "bot: You're out of this group's loops: no roles, no reminders, and no adding or voting. You stay in the chat and your receipts stay on the record. /optin group brings you back.",
            said[0]
        );
        Assert.Contains(
            said,
            l =>
                l.StartsWith(
                    "bot: 🧭 dan handed on the steward role of #1",
                    StringComparison.Ordinal
                )
        );
    }
}
