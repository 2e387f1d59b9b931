namespace CivBot.Core.Engine;

using System.Collections.Immutable;

/// <summary>A loop's spending per currency, whichever way it was stored.</summary>
internal static class LoopSpending
{
    public static ImmutableSortedDictionary<string, decimal> Totals(LoopState loop) =>
        loop.Spent
        ?? (
            loop.SpentTotal > 0 && loop.SpendCurrency is { } currency
                ? ImmutableSortedDictionary<string, decimal>.Empty.Add(currency, loop.SpentTotal)
                : ImmutableSortedDictionary<string, decimal>.Empty
        );

    public static LoopState Add(LoopState loop, decimal amount, string currency)
    {
        var totals = Totals(loop);
        return loop with
        {
            Spent = totals.SetItem(currency, totals.GetValueOrDefault(currency) + amount),
        };
    }
}
