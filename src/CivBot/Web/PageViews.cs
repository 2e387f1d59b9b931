namespace CivBot.Web;

using CivBot.Core.Receipts;

/// <summary>Builds the page's view from receipts only, the way a kit is built: nothing beyond what was recorded.</summary>
public static class PageViews
{
    public static PageView Build(IReadOnlyList<Receipt> oldestFirst)
    {
        var undone = ReceiptRefs.Undone(oldestFirst);
        var loops = oldestFirst
            .Where(r => r.Loop is not null)
            .GroupBy(r => r.Loop!.Value)
            .OrderByDescending(g => g.Key)
            .Select(g => Loop(g.Key, [.. g], undone))
            .ToList();
        return new PageView(
            loops,
            Totals(oldestFirst, undone),
            [.. oldestFirst.Where(r => r.Loop is null)]
        );
    }

    private static LoopView Loop(int no, List<Receipt> receipts, HashSet<long> undone)
    {
        var audit = receipts.LastOrDefault(r =>
            r.Kind is ReceiptKind.AuditConfirmed or ReceiptKind.AuditFlagged
        );
        var flagged = receipts.LastOrDefault(r => r.Kind == ReceiptKind.AuditFlagged);
        return new LoopView(
            no,
            receipts.FirstOrDefault(r => r.Kind == ReceiptKind.Ask)?.Summary ?? $"Loop #{no}",
            receipts.Any(r => r.Kind == ReceiptKind.Closed),
            receipts,
            Totals(receipts, undone),
            audit,
            flagged?.Summary ?? audit?.Summary
        );
    }

    /// <summary>Spends per currency, leaving out spends an undo reverted.</summary>
    public static List<(string Currency, decimal Total)> Totals(
        IEnumerable<Receipt> receipts,
        HashSet<long> undone
    ) =>
        [
            .. receipts
                .Where(r =>
                    r.Kind == ReceiptKind.Spend && r.Amount is not null && !undone.Contains(r.Seq)
                )
                .GroupBy(r => r.Currency ?? "")
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Sum(r => r.Amount!.Value))),
        ];
}
