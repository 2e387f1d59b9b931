namespace CivBot.Core.Engine;

using CivBot.Core.Flows;
using CivBot.Core.Inbound;

/// <summary>
/// The CoCiv loop interpreter. Pure: the group's state, one event and the time go in; the new state and the
/// effects come out. No I/O, no clock, no randomness, so every rule is testable without a database.
/// </summary>
public sealed partial class LoopEngine(IFlowCatalog flows, EngineOptions options)
{
    public EngineOptions Options => options;

    public IFlowCatalog Flows => flows;

    /// <summary>A fresh state for a group the bot has not seen before.</summary>
    public GroupState NewGroup(Model.GroupId id) => GroupState.New(id, options.DefaultFlowId);

    public EngineResult Handle(GroupState state, InboundEvent input, DateTimeOffset now)
    {
        var turn = new Turn(this, state, input, now);
        turn.Run();
        return new EngineResult(turn.State, turn.Effects);
    }
}
