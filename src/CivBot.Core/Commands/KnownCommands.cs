namespace CivBot.Core.Commands;

/// <summary>Every chat command the engine understands, without the slash. Channels use it (SMS accepts them slashless).</summary>
public static class KnownCommands
{
    public static readonly IReadOnlyList<string> All =
    [
        "ask",
        "add",
        "propose",
        "vote",
        "object",
        "claim",
        "spend",
        "done",
        "audit",
        "check",
        "next",
        "undo",
        "status",
        "roles",
        "optout",
        "optin",
        "receipts",
        "verify",
        "publish",
        "unpublish",
        "kit",
        "help",
        "start",
        "smscode",
        "join",
        "name",
    ];
}
