namespace CivBot.Core.Flows;

/// <summary>Who builds in a do phase.</summary>
/// <param name="Max">Most builders that may claim.</param>
/// <param name="PickAfter">When nobody has claimed this long after the phase starts, rotation picks one (null: never).</param>
/// <param name="MaxSpend">The largest single spend, in the currency's own units (null: the engine's default ceiling).</param>
public sealed record BuilderSettings(int Max, TimeSpan? PickAfter, int? MaxSpend = null);
