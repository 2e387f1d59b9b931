namespace CivBot.Core.Flows;

/// <summary>Who builds in a do phase.</summary>
/// <param name="Max">Most builders that may claim.</param>
/// <param name="PickAfter">When nobody has claimed this long after the phase starts, rotation picks one (null: never).</param>
public sealed record BuilderSettings(int Max, TimeSpan? PickAfter);
