namespace CivBot.Core.Languages;

internal sealed partial class EnglishWords
{
    public override string Page(PageText text) =>
        text switch
        {
            PageText.CheckHeading => "Check them yourself",
            PageText.NotChecked =>
                "Not checked yet. This page's script re-computes every receipt's hash in your browser, walks the chain and checks the latest signed checkpoint.",
            PageText.NoScript =>
                "Scripts are off, so nothing was checked here. Download the JSONL below and check each line's SHA-256 yourself.",
            PageText.CheckAgain => "Check again",
            PageText.VerifierKey => "verifier key",
            PageText.CheckpointDetails => "Check against a checkpoint from your chat",
            PageText.PasteCheckpoint => "Paste the checkpoint the bot posted in your chat",
            PageText.CheckPasted => "Check against this checkpoint",
            PageText.MoneySpent => "Money spent",
            PageText.Filter => "Filter",
            PageText.Loop => "Loop",
            PageText.All => "all",
            PageText.Kind => "Kind",
            PageText.From => "From",
            PageText.To => "To",
            PageText.Show => "Show",
            PageText.ClearFilters => "clear filters",
            PageText.OpenLoops => "Open loops",
            PageText.ClosedLoops => "Closed loops",
            PageText.MoreThanShown =>
                "More receipts match than this page shows: narrow the filters, or download them all below.",
            PageText.GroupDecisions => "The group's own decisions",
            PageText.Audits => "Audits and improvements",
            PageText.NoAudits => "No loop has been audited yet.",
            PageText.Download => "Download",
            PageText.Jsonl => "All receipts as JSON lines",
            PageText.JsonlNote => "(canonical: re-check each with any SHA-256 tool)",
            PageText.Csv => "All receipts as CSV",
            _ => "(date, loop, kind, actor, description, amount, currency, receipt hash)",
        };

    public override string PageScript(ScriptText text) =>
        text switch
        {
            ScriptText.Checking => "Checking…",
            ScriptText.Verified => "verified: {count} receipts, head {head}…{signed}{withheld}.",
            ScriptText.SignedBy => ", signed by key {key} at {n} receipts",
            ScriptText.NoCheckpoint =>
                "; no signed checkpoint yet (one is posted to the chats when a loop closes)",
            ScriptText.Withheld =>
                " ({n} with evidence withheld: linked into the chain, hash taken as given)",
            ScriptText.Broken =>
                "BROKEN at receipt #{seq}: {reason}. Receipts before #{seq} are intact.",
            ScriptText.NotJson => "it is not valid JSON",
            ScriptText.SequenceJumps => "the sequence jumps from {from} to {to}",
            ScriptText.PreviousHash => "its previous-hash does not match the receipt before it",
            ScriptText.Edited => "its content does not match its hash (it was edited)",
            ScriptText.NotEd25519 => "the deployment key is not an Ed25519 key",
            ScriptText.NotCheckpoint => "That is not a signed checkpoint.",
            ScriptText.WrongKey =>
                "That checkpoint is not signed by this deployment's key ({key}).",
            ScriptText.NoEd25519 =>
                "This browser cannot check Ed25519 signatures, so the checkpoint was not checked.",
            ScriptText.BadSignature =>
                "That checkpoint has a BAD SIGNATURE: its text or signature was altered after signing.",
            ScriptText.OtherGroup => "That checkpoint is for {origin}, not this group.",
            ScriptText.Removed =>
                "The chain has {have} receipts but the signed checkpoint promised {n}: receipts were removed.",
            ScriptText.Rewritten =>
                "BROKEN against the signed checkpoint: receipt #{n} differs from the checkpoint posted earlier (the history was rewritten after it).",
            ScriptText.CouldNotCheck => "Could not check the receipts: {error}",
            ScriptText.ChainBroken => "The chain itself is broken; see above.",
            _ =>
                "The receipts match your checkpoint: receipt #{n} still has head {head}…, signed by key {key}.",
        };

    public override string PageTitle(string group) => $"Receipts · {group}";

    public override string PageHeading(string group) => $"Receipts of {group}";

    public override string PageReceipts(long count) =>
        count == 1 ? "1 receipt" : $"{count} receipts";

    public override string PageIntro(long receipts, int open, int closed) =>
        $"Every step this group took, as permanent, hash-chained receipts. The group chose to publish them. {PageReceipts(receipts)}, {open} open and {closed} closed loop(s).";

    public override string PageKeyLine(string key, string keyLink, string verify) =>
        $"Checkpoints are signed by key {key} ({keyLink}). Compare it with what {verify} says in your chat.";

    public override string PageLatestCheckpoint(long receipts, string at) =>
        $"Latest signed checkpoint, {PageReceipts(receipts)}, posted to the chats on {at}:";

    public override string PageLoopState(bool closed) => closed ? "Closed" : "Open";

    public override string PageSpent(string amounts) => $"spent {amounts}";

    public override string PageAudit(bool confirmed) =>
        confirmed ? "audit confirmed" : "audit flagged";

    public override string PageAuditLine(
        int loop,
        bool confirmed,
        string auditor,
        string improvement
    ) => $"#{loop}: {PageAudit(confirmed)} by {auditor}. To improve: {improvement}";

    public override string PageNone(bool filtered) =>
        filtered ? "None match the filters." : "None.";

    public override string PageReceiptLabel(long seq) => $"receipt {seq} as canonical JSON";
}
