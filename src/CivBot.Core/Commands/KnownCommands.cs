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
        "flows",
        "flow",
        "withdraw",
        "ai",
        "draft",
        "link",
        "links",
        "unlink",
        "me",
        "handoff",
        "timezone",
        "improve",
    ];

    /// <summary>
    /// Commands a chat admin may use beyond their role; a channel learns the sender's admin status (which may cost a
    /// platform call) only for these.
    /// </summary>
    public static readonly IReadOnlyList<string> AdminChecked =
    [
        "flow",
        "unpublish",
        "link",
        "unlink",
        "ai",
    ];

    /// <summary>The payload of the button that accepts a chat's request to link (<c>/link confirm</c>).</summary>
    public const string LinkConfirmPayload = "l:confirm";

    /// <summary>True when the event is one of <see cref="AdminChecked"/>, so the channel should say whether the sender is an admin.</summary>
    public static bool NeedsAdminCheck(Inbound.InboundBody body) =>
        body switch
        {
            Inbound.CommandBody c => AdminChecked.Contains(
                c.Name.TrimStart('/').ToLowerInvariant()
            ),
            Inbound.TextBody t => CommandParser.Parse(t.Text) is { } cmd
                && AdminChecked.Contains(cmd.Name),
            // The "accept" button under a request to link is /link confirm.
            Inbound.ButtonBody b => b.Payload == LinkConfirmPayload,
            _ => false,
        };
}
