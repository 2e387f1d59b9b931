namespace CivBot.Core.Receipts;

/// <summary>
/// Spend totals per currency from receipts read in order, leaving out spends an undo reverted. Never adds across
/// currencies: a trail that spent USD and JPY reports both.
/// </summary>
public sealed class SpendTally
{
    private readonly List<Receipt> _spends = [];
    private readonly HashSet<long> _undone = [];

    public void Add(Receipt r)
    {
        if (r.Kind == ReceiptKind.Spend && r.Amount is not null)
            _spends.Add(r);
        if (r.Kind != ReceiptKind.Undo)
            return;
        // An undo names the receipt it reverts as "receipt:#<seq>".
        foreach (var e in r.Evidence)
        {
            if (ReceiptRefs.TryParse(e, out var seq))
                _undone.Add(seq);
        }
    }

    public IReadOnlyDictionary<string, decimal> Totals() =>
        _spends
            .Where(s => !_undone.Contains(s.Seq))
            .GroupBy(s => s.Currency ?? "")
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Amount!.Value), StringComparer.Ordinal);
}
