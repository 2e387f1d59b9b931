namespace CivBot.Storage.Tests.Support;

using CivBot.Core.Effects;
using CivBot.Core.Engine;
using CivBot.Core.Model;
using CivBot.Storage.Pipeline;

/// <summary>Effects written as if an English test group's engine turn had produced them.</summary>
internal static class EffectWriterCalls
{
    public static void Apply(
        this EffectWriter writer,
        WriteSession session,
        GroupId group,
        IReadOnlyList<Effect> effects,
        DateTimeOffset now
    ) =>
        writer.Apply(
            session,
            group,
            new EngineResult(GroupState.New(group, "test-flow"), effects),
            now
        );
}
