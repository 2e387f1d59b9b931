namespace CivBot.Storage.Pipeline;

using CivBot.Core.Engine;
using CivBot.Core.Inbound;
using CivBot.Core.Languages;
using CivBot.Core.Model;

/// <summary>
/// What the pipeline needs of the engine. Production adapts <see cref="LoopEngine"/>; tests substitute a scripted engine
/// to prove ordering, dedupe and failure handling independently of the loop rules.
/// </summary>
internal interface IGroupEngine
{
    int ReceiptsPageSize { get; }

    GroupState NewGroup(GroupId id);

    EngineResult Handle(GroupState state, InboundEvent input, DateTimeOffset now);

    /// <summary>The language to answer <paramref name="input"/> in (see <see cref="LoopEngine.LanguageOf(GroupState?, InboundEvent)"/>).</summary>
    Words LanguageOf(GroupState? state, InboundEvent input);

    /// <summary>The language the group reads (see <see cref="LoopEngine.LanguageOf(GroupState)"/>).</summary>
    Words LanguageOf(GroupState state);
}
