namespace CivBot.Benchmarks;

using System.Diagnostics;
using CivBot.Core.Engine;
using CivBot.Core.Flows;
using CivBot.Core.Inbound;
using CivBot.Core.Model;

/// <summary>The pure engine alone, no storage: how much of an event's cost is the governance logic itself.</summary>
internal static class EngineOnly
{
    public static double Run(int events)
    {
        var flows = FlowLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "flows"));
        var engine = new LoopEngine(new FlowCatalog(flows.Flows), new EngineOptions("cociv-loop"));
        var state = engine.NewGroup(new GroupId("g"));
        var now = DateTimeOffset.UtcNow;
        var chat = new ChatAddress("bench", "g");
        InboundEvent Says(string name, string text, int i) =>
            new(chat, new Sender(new MemberId("bench:" + name), name), "e" + i, new TextBody(text));
        foreach (var n in new[] { "dan", "eve", "fay", "ann" })
            state = engine.Handle(state, Says(n, "/help", 0), now).State;
        state = engine.Handle(state, Says("ann", "/ask Need a ride", 0), now).State;
        for (var i = 0; i < events / 10; i++)
            state = engine.Handle(state, Says("eve", $"/add warm-up {i}", i), now).State;
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < events; i++)
            state = engine
                .Handle(state, Says("eve", $"/add note {i}: the clinic closes at 5pm", i), now)
                .State;
        return events / sw.Elapsed.TotalSeconds;
    }
}
