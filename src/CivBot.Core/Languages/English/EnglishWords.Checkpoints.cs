namespace CivBot.Core.Languages;

using CivBot.Core.Receipts.Checkpoints;

internal sealed partial class EnglishWords
{
    public override string SignedCheckpoint(long receipts, string head) =>
        $"🔏 Signed checkpoint: {receipts} receipts, head {head}…. This chat keeps a copy nobody can edit: anyone can later check the receipts were not rewritten with /verify followed by the lines below.";

    public override string CheckpointKeyLine(string fingerprint, string verifierKey) =>
        $"Checkpoints are signed by key {fingerprint} ({verifierKey}).";

    public override string CheckpointMatches(long receipt, string head, long count) =>
        $"✅ The receipts match the signed checkpoint: receipt #{receipt} still has head {head}…, and all {count} receipts check out, so nothing up to the checkpoint was rewritten.";

    public override string CheckpointBroken(long receipt, string reason) =>
        $"⚠️ The receipts do NOT match the signed checkpoint at receipt #{receipt}: {reason}. Ask the steward to tell the group and the operator.";

    public override string NoCheckpointKey =>
        "This deployment has no checkpoint key, so there is nothing to check a checkpoint against. /verify alone checks the chain.";

    public override string CheckpointOfAnotherGroup(string origin) =>
        $"That checkpoint is for {origin}, not this group's receipts. Paste one this chat received.";

    public override string NotASignedCheckpoint(string error) =>
        $"That is not a signed checkpoint: {error}. Paste the whole 🔏 message's lines after /verify.";

    public override string CheckpointOfAnotherKey(string keyName, string fingerprint) =>
        $"That checkpoint is not signed by this deployment's key ({keyName}, fingerprint {fingerprint}). Paste one this chat received.";

    public override string CheckpointBadSignature =>
        "That checkpoint has a BAD SIGNATURE: its text or signature was altered after signing. Do not trust it; paste the copy this chat received.";

    public override string SignedButNotACheckpoint =>
        "That note is signed but is not a checkpoint (origin, size, hash). Paste the lines of a 🔏 message.";

    public override string NoteFaultText(NoteFault fault, string line) =>
        fault switch
        {
            NoteFault.NoSignatureLines =>
                "it has no signature lines (a blank line, then lines starting with —)",
            NoteFault.ControlCharacters => "it contains control characters",
            NoteFault.MalformedSignatureLine => $"the signature line \"{line}\" is malformed",
            _ => "it has more signatures than allowed",
        };
}
