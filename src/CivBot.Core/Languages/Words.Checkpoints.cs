namespace CivBot.Core.Languages;

/// <summary>Signed checkpoints: the note the chats keep, and what <c>/verify</c> says about one.</summary>
public abstract partial class Words
{
    /// <summary>The message that carries a signed checkpoint; the note itself follows it.</summary>
    public abstract string SignedCheckpoint(long receipts, string head);

    /// <summary>The line <c>/verify</c> adds: the key that signs this deployment's checkpoints.</summary>
    public abstract string CheckpointKeyLine(string fingerprint, string verifierKey);

    public abstract string CheckpointMatches(long receipt, string head, long count);

    public abstract string CheckpointBroken(long receipt, string reason);

    public abstract string NoCheckpointKey { get; }

    public abstract string CheckpointOfAnotherGroup(string origin);

    /// <summary>The pasted text is not a signed note; <paramref name="error"/> is the parser's (English) detail.</summary>
    public abstract string NotASignedCheckpoint(string error);

    public abstract string CheckpointOfAnotherKey(string keyName, string fingerprint);

    public abstract string CheckpointBadSignature { get; }

    public abstract string SignedButNotACheckpoint { get; }

    /// <summary>Why a pasted text is not a signed note, inside <see cref="NotASignedCheckpoint"/>.</summary>
    public abstract string NoteFaultText(Receipts.Checkpoints.NoteFault fault, string line);
}
