namespace CivBot.Core.Receipts.Checkpoints;

/// <summary>How checking a note's signatures against one known key came out.</summary>
public enum NoteVerification
{
    /// <summary>A signature by the known key (same name and key ID) verifies.</summary>
    Verified,

    /// <summary>No signature names the known key: the note was signed by someone else, or not at all.</summary>
    UnknownKey,

    /// <summary>A signature claims the known key but does not verify: the note or the signature was altered.</summary>
    BadSignature,
}
