namespace CivBot.Storage.Pipeline;

using CivBot.Core.Engine;
using CivBot.Core.Inbound;
using CivBot.Core.Languages;
using CivBot.Core.Model;

internal sealed class LoopEngineAdapter(LoopEngine engine) : IGroupEngine
{
    public int ReceiptsPageSize => engine.Options.ReceiptsPageSize;

    public GroupState NewGroup(GroupId id) => engine.NewGroup(id);

    public EngineResult Handle(GroupState state, InboundEvent input, DateTimeOffset now) =>
        engine.Handle(state, input, now);

    public Words LanguageOf(GroupState? state, InboundEvent input) =>
        engine.LanguageOf(state, input);

    public Words LanguageOf(GroupState state) => engine.LanguageOf(state);
}
