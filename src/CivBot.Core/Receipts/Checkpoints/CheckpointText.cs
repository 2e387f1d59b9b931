namespace CivBot.Core.Receipts.Checkpoints;

/// <summary>What people read about checkpoints: in <c>/verify</c>, and in the CLI.</summary>
public static class CheckpointText
{
    /// <summary>Why a receipt that differs from a checkpoint's head breaks the chain.</summary>
    public const string HeadMismatch =
        "it differs from the signed checkpoint posted earlier (the history was rewritten after it)";

    /// <summary>The line <c>/verify</c> adds: the key that signs this deployment's checkpoints.</summary>
    public static string KeyLine(NoteKey key) =>
        $"Checkpoints are signed by key {key.Fingerprint} ({key.VerifierKey}).";

    public static string Result(Checkpoint checkpoint, long count, ChainBreak? broken) =>
        broken is null
            ? $"✅ The receipts match the signed checkpoint: receipt #{checkpoint.TreeSize} still has head {checkpoint.HeadHash[..12]}…, and all {count} receipts check out, so nothing up to the checkpoint was rewritten."
            : $"⚠️ The receipts do NOT match the signed checkpoint at receipt #{broken.Seq}: {broken.Reason}.";
}
