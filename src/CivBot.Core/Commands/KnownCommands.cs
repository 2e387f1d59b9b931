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
        "language",
    ];

    /// <summary>
    /// Spanish names of the commands (<c>/pedir</c> is <c>/ask</c>), each mapped to the command it names. ASCII only, so
    /// they type on any keyboard; none is a word a Spanish sentence often starts with ("yo", "para"), since over SMS the
    /// first word of a message is a command when it names one.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<
        string,
        string
    >(StringComparer.Ordinal)
    {
        ["pedir"] = "ask",
        ["agregar"] = "add",
        ["proponer"] = "propose",
        ["votar"] = "vote",
        ["objetar"] = "object",
        ["reclamar"] = "claim",
        ["gasto"] = "spend",
        ["hecho"] = "done",
        ["auditar"] = "audit",
        ["revisar"] = "check",
        ["siguiente"] = "next",
        ["deshacer"] = "undo",
        ["estado"] = "status",
        ["rechazar"] = "optout",
        ["aceptar"] = "optin",
        ["recibos"] = "receipts",
        ["verificar"] = "verify",
        ["publicar"] = "publish",
        ["despublicar"] = "unpublish",
        ["ayuda"] = "help",
        ["unirme"] = "join",
        ["nombre"] = "name",
        ["flujos"] = "flows",
        ["flujo"] = "flow",
        ["retirar"] = "withdraw",
        ["borrador"] = "draft",
        ["vincular"] = "link",
        ["vinculos"] = "links",
        ["desvincular"] = "unlink",
        ["ceder"] = "handoff",
        ["zonahoraria"] = "timezone",
        ["mejorar"] = "improve",
        ["idioma"] = "language",
    };

    /// <summary>The command a name stands for: itself, or the command a Spanish alias names.</summary>
    public static string Canonical(string name) =>
        Aliases.TryGetValue(name, out var command) ? command : name;

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
