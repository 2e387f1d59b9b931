namespace CivBot.Core.Receipts;

using System.Security.Cryptography;
using System.Text;
using CivBot.Core.Model;

/// <summary>Builds and checks hash-chained receipts. Appending needs only the chain head, never the history.</summary>
public static class ReceiptChain
{
    /// <summary>Creates the next receipt after <paramref name="head"/>, computing its hash.</summary>
    public static Receipt Next(
        ChainHead head,
        DateTimeOffset at,
        GroupId group,
        int? loop,
        ReceiptKind kind,
        string actor,
        string summary,
        decimal? amount = null,
        string? currency = null,
        IReadOnlyList<string>? evidence = null,
        string? actorId = null,
        ActorType? actorType = null,
        Phrase? phrase = null
    )
    {
        // Millisecond precision is what the canonical form keeps; truncate now so the record equals its re-read copy.
        var atMs = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
        var unhashed = new Receipt(
            head.Seq + 1,
            atMs,
            group,
            loop,
            kind,
            actor,
            summary,
            amount,
            currency,
            evidence ?? [],
            head.Hash,
            "",
            actorId,
            actorType,
            actorType is null ? ReceiptForms.Handles : ReceiptForms.Current,
            actorType is null ? null : phrase
        );
        return unhashed with { Hash = ComputeHash(unhashed) };
    }

    public static string ComputeHash(Receipt receipt)
    {
        var bytes = Encoding.UTF8.GetBytes(CanonicalJson.Write(receipt, includeHash: false));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Checks one receipt against the one before it (or the genesis when it is the first).</summary>
    public static ChainBreak? Check(Receipt? previous, Receipt receipt)
    {
        var expectedSeq = (previous?.Seq ?? 0) + 1;
        if (receipt.Seq != expectedSeq)
            return new ChainBreak(receipt.Seq, ChainFault.SequenceJump, expectedSeq - 1);
        var expectedPrev = previous?.Hash ?? Receipt.GenesisHash;
        if (receipt.PrevHash != expectedPrev)
            return new ChainBreak(receipt.Seq, ChainFault.PreviousHashDiffers);
        if (ComputeHash(receipt) != receipt.Hash)
            return new ChainBreak(receipt.Seq, ChainFault.Edited);
        return null;
    }
}
