namespace CivBot.Telegram.Receiving;

using CivBot.Core.Languages;

/// <summary>
/// The command menu Telegram shows under "/" (setMyCommands), one per language: the lines come from the catalogue, and
/// a language's menu lists its own command names (<c>/pedir</c> in Spanish). The engine's own /help says the same.
/// </summary>
internal static class BotCommands
{
    /// <summary>The commands the menu lists, in order (English names).</summary>
    public static readonly IReadOnlyList<string> Names =
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
        "receipts",
        "verify",
        "kit",
        "optout",
        "optin",
        "withdraw",
        "handoff",
        "improve",
        "timezone",
        "language",
        "flows",
        "flow",
        "publish",
        "unpublish",
        "ai",
        "draft",
        "link",
        "links",
        "unlink",
        "me",
        "help",
    ];

    /// <summary>
    /// Which menus to register: the deployment's language (<c>CivBot:Language</c>) as the default, with no
    /// language_code, for members whose Telegram speaks a language CivBot has no menu in; and every language under its
    /// own code, for members whose Telegram speaks it.
    /// </summary>
    public static IReadOnlyList<(Words Words, string? LanguageCode)> Menus(
        Words deploymentDefault
    ) => [(deploymentDefault, null), .. Words.All.Select(w => (w, (string?)w.Code))];

    /// <summary>The menu in <paramref name="w"/>'s language, plus each flow's own command (<c>/urgent &lt;need&gt;</c>).</summary>
    public static IReadOnlyList<(string Command, string Description)> Menu(
        Words w,
        Core.Flows.IFlowCatalog flows
    ) =>
        [
            .. Names.Select(n => (w.Command(n), w.MenuLine(n))),
            .. flows
                .All.Where(f => f.Command is not null)
                .Select(f => (f.Command!, w.FlowMenuLine(f.Command!, f.Title))),
        ];
}
