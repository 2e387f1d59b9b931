namespace CivBot.Core.Receipts;

using System.Globalization;

/// <summary>
/// The evidence item an undo or rollback uses to name the receipt it reverts: <c>receipt:#&lt;seq&gt;</c>. One reading
/// of it for the kit, the spend totals and the public page.
/// </summary>
public static class ReceiptRefs
{
    public const string Prefix = "receipt:#";

    public static bool TryParse(string evidence, out long seq)
    {
        seq = 0;
        return evidence.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(
                evidence.AsSpan(Prefix.Length),
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out seq
            );
    }

    /// <summary>The receipts that some undo in <paramref name="receipts"/> reverted.</summary>
    public static HashSet<long> Undone(IEnumerable<Receipt> receipts)
    {
        var set = new HashSet<long>();
        foreach (var r in receipts.Where(r => r.Kind == ReceiptKind.Undo))
        {
            foreach (var e in r.Evidence)
            {
                if (TryParse(e, out var seq))
                    set.Add(seq);
            }
        }
        return set;
    }
}
