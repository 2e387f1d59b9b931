namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Engine;
using CivBot.Core.Flows;
using CivBot.Core.Inbound;
using CivBot.Core.Tests.Support;

public sealed class FlowPinningTests
{
    [Fact]
    public void A_running_loop_keeps_the_flow_version_it_began_with_after_the_file_changes()
    {
        var v1 = FlowText.LoadValid(FlowText.Minimal);
        var v2 = FlowText.LoadValid(
            FlowText
                .Minimal.Replace("version: 1", "version: 2")
                .Replace("duration: 1d\n  - id: do", "duration: 10m\n  - id: do")
        );
        var h = new EngineHarness(flows: new FlowCatalog([v1]));
        h.Send("dan", "/help");
        h.Send("ann", "/ask Need chairs");
        Assert.Equal(v1.Ref, h.State.Loops[0].Flow);

        // The file changes (listen shortened to ten minutes); the host reloads, keeping the old text pinned.
        var engine = new LoopEngine(
            new FlowCatalog([v2], pinned: [v1]),
            new EngineOptions("test-flow")
        );
        var state = h.State;
        var deadline = h.NextTimer(TimerKind.PhaseDeadline)!;
        Assert.Equal(h.Now.AddDays(1), deadline.DueAt);

        // A new loop starts on version 2, the old one still runs on version 1.
        var ask = engine.Handle(
            state,
            new InboundEvent(
                EngineHarness.GroupChat,
                EngineHarness.Member("dan"),
                "x1",
                new TextBody("/ask Need a van")
            ),
            h.Now
        );
        Assert.Equal(v2.Ref, ask.State.Loop(2)!.Flow);
        Assert.Equal(v1.Ref, ask.State.Loop(1)!.Flow);
        var listenOfNew = ask
            .Effects.OfType<Core.Effects.ScheduleTimer>()
            .Single(t => t.Timer.Loop == 2 && t.Timer.Kind == TimerKind.PhaseDeadline);
        Assert.Equal(h.Now.AddMinutes(10), listenOfNew.Timer.DueAt);

        // The old loop's listen deadline fires and moves it on by version 1's rules (do lasts 2 days there).
        var fired = engine.Handle(
            ask.State,
            new InboundEvent(new("timer", "g"), Sender.System, "t1", new TimerBody(deadline)),
            deadline.DueAt
        );
        Assert.Equal("do", fired.State.Loop(1)!.Phase);
        Assert.Equal(deadline.DueAt.AddDays(2), fired.State.Loop(1)!.PhaseDeadline);
    }
}
