namespace CivBot.Core.Receipts;

/// <summary>How a chain stops being valid at a receipt; <see cref="Languages.Words.ChainFaultText"/> says it in words.</summary>
public enum ChainFault
{
    /// <summary>The sequence skips numbers (receipts were removed from the middle).</summary>
    SequenceJump,

    /// <summary>The receipt's previous-hash is not the hash of the receipt before it.</summary>
    PreviousHashDiffers,

    /// <summary>The receipt's content no longer hashes to its hash: it was edited.</summary>
    Edited,

    /// <summary>The receipt differs from the chain head the group remembers (the history was rewritten).</summary>
    DiffersFromRememberedHead,

    /// <summary>The receipt differs from a signed checkpoint's head (the history was rewritten after it).</summary>
    DiffersFromCheckpoint,

    /// <summary>Receipts at the end are missing: the chain is shorter than its remembered head.</summary>
    Missing,
}
