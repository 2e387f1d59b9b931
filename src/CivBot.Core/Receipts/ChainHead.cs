namespace CivBot.Core.Receipts;

/// <summary>The last receipt's sequence number and hash: all that is needed to append the next one.</summary>
public sealed record ChainHead(long Seq, string Hash)
{
    public static readonly ChainHead Empty = new(0, Receipt.GenesisHash);

    public static ChainHead Of(Receipt r) => new(r.Seq, r.Hash);
}
