namespace CivBot.Core.Engine;

using CivBot.Core.Effects;

/// <summary>The engine's answer to one event: the group's new state and what to do about it.</summary>
public sealed record EngineResult(GroupState State, IReadOnlyList<Effect> Effects);
