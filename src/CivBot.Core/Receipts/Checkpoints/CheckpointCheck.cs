namespace CivBot.Core.Receipts.Checkpoints;

using CivBot.Core.Languages;

/// <summary>Reads a pasted checkpoint and checks its signature against the deployment's public key.</summary>
public static class CheckpointCheck
{
    /// <summary>
    /// The checkpoint when the note is well formed and signed by <paramref name="key"/>; otherwise null and a sentence
    /// in the reader's words saying what is wrong (malformed, signed by another key, or a bad signature).
    /// </summary>
    public static Checkpoint? Read(string noteText, NoteKey key, out Func<Words, string>? problem)
    {
        if (SignedNote.Parse(noteText, out var fault, out var line) is not { } note)
        {
            problem = w => w.NotASignedCheckpoint(w.NoteFaultText(fault!.Value, line));
            return null;
        }
        switch (Verify(note, key))
        {
            case NoteVerification.UnknownKey:
                problem = w => w.CheckpointOfAnotherKey(key.Name, key.Fingerprint);
                return null;
            case NoteVerification.BadSignature:
                problem = w => w.CheckpointBadSignature;
                return null;
        }
        if (Checkpoint.Parse(note.Text) is not { } checkpoint)
        {
            problem = w => w.SignedButNotACheckpoint;
            return null;
        }
        problem = null;
        return checkpoint;
    }

    /// <summary>Checks every signature that names <paramref name="key"/> (name and key ID); others are ignored.</summary>
    public static NoteVerification Verify(SignedNote note, NoteKey key)
    {
        var id = key.KeyId;
        var result = NoteVerification.UnknownKey;
        foreach (var s in note.Signatures)
        {
            if (s.KeyName != key.Name || s.KeyId != id)
                continue;
            if (!key.Verifies(note.Text, s.Signature))
                return NoteVerification.BadSignature;
            result = NoteVerification.Verified;
        }
        return result;
    }
}
