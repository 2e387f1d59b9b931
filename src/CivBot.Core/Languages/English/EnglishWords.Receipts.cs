namespace CivBot.Core.Languages;

using CivBot.Core.Receipts;

internal sealed partial class EnglishWords
{
    public override string ReceiptScope(int? loop) => loop is { } n ? LoopLabel(n) : "this group";

    public override string LoopLabel(int loop) => $"loop #{loop}";

    public override string NoReceiptsYet(string scope) =>
        $"No receipts yet for {scope}. They appear as soon as someone makes an ask: /ask <what you need>.";

    public override string NoOlderReceipts(string scope) =>
        $"That is all: there are no older receipts for {scope}.";

    public override string ReceiptsFor(string scope, int page) =>
        $"Receipts for {scope}{(page > 1 ? $" (page {page})" : "")}:";

    public override string OlderReceipts(string command) =>
        $"Older ones: {command} more · Check the chain: /verify";

    public override string StartOfTrail =>
        "That is the start of the trail. Check the chain: /verify";

    public override string NothingToVerify => "No receipts to verify yet.";

    public override string AllReceiptsCheckOut(long count) =>
        $"✅ All {count} receipts check out: each one's hash matches its content and links to the one before. Nothing was edited or removed.";

    public override string ChainBroken(long seq, string reason) =>
        $"⚠️ The receipt chain is broken at receipt #{seq}: {reason}. Receipts before #{seq} are intact. Please tell whoever runs this bot.";

    public override string ChainFaultText(ChainFault fault, long seq, long other) =>
        fault switch
        {
            ChainFault.SequenceJump => $"the sequence jumps from {other} to {seq}",
            ChainFault.PreviousHashDiffers =>
                "its previous-hash does not match the receipt before it",
            ChainFault.Edited => "its content does not match its hash (it was edited)",
            ChainFault.DiffersFromRememberedHead =>
                "it does not match the chain head the group remembers",
            ChainFault.DiffersFromCheckpoint =>
                "it differs from the signed checkpoint posted earlier (the history was rewritten after it)",
            _ => $"receipts from #{seq} to #{other} are missing",
        };
}
