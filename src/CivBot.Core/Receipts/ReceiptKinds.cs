namespace CivBot.Core.Receipts;

public static class ReceiptKinds
{
    private static readonly (ReceiptKind Kind, string Name)[] Names =
    [
        (ReceiptKind.Ask, "ask"),
        (ReceiptKind.Context, "context"),
        (ReceiptKind.Option, "option"),
        (ReceiptKind.VoteOpened, "vote-opened"),
        (ReceiptKind.Decision, "decision"),
        (ReceiptKind.Claim, "claim"),
        (ReceiptKind.Progress, "progress"),
        (ReceiptKind.Spend, "spend"),
        (ReceiptKind.Done, "done"),
        (ReceiptKind.AuditConfirmed, "audit-confirmed"),
        (ReceiptKind.AuditFlagged, "audit-flagged"),
        (ReceiptKind.Rollback, "rollback"),
        (ReceiptKind.Undo, "undo"),
        (ReceiptKind.Role, "role"),
        (ReceiptKind.Closed, "closed"),
        (ReceiptKind.Flow, "flow"),
        (ReceiptKind.Link, "link"),
        (ReceiptKind.Unlink, "unlink"),
        (ReceiptKind.Improvement, "improvement"),
    ];

    public static string WireName(this ReceiptKind kind) =>
        (int)kind >= 0 && (int)kind < Names.Length && Names[(int)kind].Kind == kind
            ? Names[(int)kind].Name
            : Names.First(n => n.Kind == kind).Name;

    public static bool TryParse(string name, out ReceiptKind kind)
    {
        foreach (var (k, n) in Names)
        {
            if (n == name)
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
