namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Tests.Support;

public sealed class PrivateAskTests
{
    [Fact]
    public void An_asker_in_a_chat_dm_is_told_the_slash_command_for_the_trail_not_the_sms_wording()
    {
        var h = Loops.WithMembers();
        h.SendPrivately("ann", "/ask Need a ride to the clinic before 5pm");
        h.Send("eve", "/propose Eve drives");
        h.Send("dan", "/vote");
        foreach (var name in new[] { "eve", "fay", "dan" })
            h.Send(name, "/vote 1");
        h.SendPrivately("ann", "1");
        h.Send("eve", "/claim");
        h.Send("eve", "/done Drove her there");

        var closed = h.Send("fay", "/audit ok Ann confirmed");

        Assert.Contains(
            "bot → ann: Your ask #1 is closed (audit confirmed by fay). /receipts #1 shows the trail.",
            closed
        );
        Assert.DoesNotContain(
            closed,
            l => l.Contains("Reply \"receipts", StringComparison.Ordinal)
        );
    }
}
