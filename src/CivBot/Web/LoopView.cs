namespace CivBot.Web;

using CivBot.Core.Receipts;

/// <summary>One loop on the page: its ask, whether it closed, its receipts in order, its audit and improvement.</summary>
public sealed record LoopView(
    int No,
    string Ask,
    bool Closed,
    IReadOnlyList<Receipt> Timeline,
    IReadOnlyList<(string Currency, decimal Total)> Spent,
    Receipt? Audit,
    string? Improvement
);
