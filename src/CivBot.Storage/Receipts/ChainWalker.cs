namespace CivBot.Storage.Receipts;

using CivBot.Core.Receipts;

/// <summary>
/// Checks a group's receipts one at a time in sequence order, keeping only the previous one, so verifying never loads
/// the whole history. Counts every receipt; remembers the first break.
/// </summary>
/// <param name="expectedHead">A head the chain must pass through: the group's remembered head, or a signed checkpoint's.</param>
/// <param name="headMismatch">Why a receipt that differs from <paramref name="expectedHead"/> breaks the chain.</param>
internal sealed class ChainWalker(
    ChainHead? expectedHead = null,
    ChainFault headMismatch = ChainFault.DiffersFromRememberedHead
)
{
    private Receipt? _previous;
    private bool _headSeen;

    public long Count { get; private set; }

    public ChainBreak? Break { get; private set; }

    public void Add(Receipt receipt)
    {
        Count++;
        if (Break is null)
        {
            Break = ReceiptChain.Check(_previous, receipt);
            // The group state remembers the chain head, which also catches a rewrite of the whole chain up to it.
            if (Break is null && expectedHead is not null && receipt.Seq == expectedHead.Seq)
            {
                _headSeen = true;
                if (receipt.Hash != expectedHead.Hash)
                    Break = new ChainBreak(receipt.Seq, headMismatch);
            }
        }
        _previous = receipt;
    }

    /// <summary>Call after the last receipt: a chain shorter than the remembered head lost receipts at its end.</summary>
    public ChainBreak? Finish()
    {
        if (Break is null && expectedHead is not null && expectedHead.Seq > 0 && !_headSeen)
        {
            var missingFrom = (_previous?.Seq ?? 0) + 1;
            Break = new ChainBreak(missingFrom, ChainFault.Missing, expectedHead.Seq);
        }
        return Break;
    }
}
