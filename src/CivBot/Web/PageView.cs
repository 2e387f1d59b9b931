namespace CivBot.Web;

using CivBot.Core.Receipts;

/// <summary>What the page shows of a group's receipts: loops with their timelines, totals, audits, improvements.</summary>
public sealed record PageView(
    IReadOnlyList<LoopView> Loops,
    IReadOnlyList<(string Currency, decimal Total)> Totals,
    IReadOnlyList<Receipt> GroupLevel
);
