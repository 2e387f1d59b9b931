namespace CivBot.Core.Engine;

using CivBot.Core.Effects;
using CivBot.Core.Inbound;

/// <summary>One event being handled: the working state and the effects gathered so far.</summary>
internal sealed partial class Turn(LoopEngine engine, GroupState state, InboundEvent input, DateTimeOffset now)
{
    public GroupState State { get; private set; } = state;

    public List<Effect> Effects { get; } = [];

    public void Run()
    {
        _ = engine;
        _ = input;
        _ = now;
    }
}
