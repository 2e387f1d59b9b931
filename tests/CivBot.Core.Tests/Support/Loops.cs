namespace CivBot.Core.Tests.Support;

/// <summary>Short scripts that bring a loop to a given point, so each test states only what it is about.</summary>
public static class Loops
{
    /// <summary>Members join in this order, so rotation makes dan the first steward of ann's ask.</summary>
    public static EngineHarness WithMembers(string flow = "cociv-loop", params string[] names)
    {
        var h = new EngineHarness(flow);
        foreach (var n in names.Length == 0 ? ["dan", "eve", "fay", "ann"] : names)
            h.Send(n, "/help");
        return h;
    }

    public static EngineHarness InVote(string flow = "cociv-loop")
    {
        var h = WithMembers(flow);
        h.Send("ann", "/ask Need a ride to the clinic before 5pm");
        h.Send("eve", "/propose Eve drives");
        h.Send("fay", "/propose Taxi from the fund");
        h.Send("dan", "/vote");
        return h;
    }

    public static EngineHarness InDo(string flow = "cociv-loop")
    {
        var h = InVote(flow);
        h.Send("ann", "/vote 1");
        h.Send("eve", "/vote 1");
        h.Send("fay", "/vote 1");
        h.Send("dan", "/vote 1");
        return h;
    }

    public static EngineHarness InAudit(string flow = "cociv-loop")
    {
        var h = InDo(flow);
        h.Send("eve", "/claim");
        h.Send("eve", "/done Drove her there");
        return h;
    }
}
