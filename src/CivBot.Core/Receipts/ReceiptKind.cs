namespace CivBot.Core.Receipts;

/// <summary>The kinds of receipt. Their wire names (see <see cref="ReceiptKinds"/>) are part of the canonical form.</summary>
public enum ReceiptKind
{
    Ask,
    Context,
    Option,
    VoteOpened,
    Decision,
    Claim,
    Progress,
    Spend,
    Done,
    AuditConfirmed,
    AuditFlagged,
    Rollback,
    Undo,
    Role,
    Closed,

    /// <summary>Which flow a loop runs (at open, or when the asker switches it), or the group's default for new loops.</summary>
    Flow,

    /// <summary>A chat joined the group (<c>/link</c>): chats named by channel and title, never by id.</summary>
    Link,

    /// <summary>A chat left the group (<c>/unlink</c>); what it did before stays in the trail.</summary>
    Unlink,

    /// <summary>One thing to improve next time (<c>/improve</c>), by anyone in any phase; the kit carries the latest.</summary>
    Improvement,
}
