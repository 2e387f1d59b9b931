namespace CivBot.Telegram.Receiving;

/// <summary>The command menu Telegram shows under "/" (setMyCommands); the engine's own /help says the same.</summary>
internal static class BotCommands
{
    public static readonly IReadOnlyList<(string Command, string Description)> All =
    [
        ("ask", "Open a loop for a need: /ask <need>"),
        ("add", "Add context or a link to a loop"),
        ("propose", "Propose an option: /propose <option>"),
        ("vote", "Open the vote, or vote: /vote <n>"),
        ("object", "Object in a consent vote: /object <reason>"),
        ("claim", "Volunteer to do it"),
        ("spend", "Record a cost: /spend <amount> <currency> <what>"),
        ("done", "Report it done: /done <outcome>"),
        ("audit", "Audit: /audit ok <note> or /audit flag <problem>"),
        ("check", "Submit a check: /check <what>"),
        ("next", "Move a loop to its next phase (steward)"),
        ("undo", "Undo the last reversible move (steward)"),
        ("status", "Open loops and where they stand"),
        ("roles", "Who holds which role, and who is next"),
        ("receipts", "The trail of receipts: /receipts [#N]"),
        ("verify", "Check the receipt chain was not edited"),
        ("kit", "The kit of a closed loop: /kit [#N]"),
        ("optout", "Step out of a role, or of the group's loops: /optout <role|group>"),
        ("optin", "Come back to a role or the group"),
        ("withdraw", "End your ask when it is no longer needed: /withdraw <why>"),
        ("handoff", "Hand your role on a loop to the next by rotation"),
        ("improve", "One thing to do better next time: /improve <text>"),
        ("timezone", "Show deadlines in your time zone: /timezone America/Chicago"),
        ("flows", "The flows this group can run"),
        ("flow", "Set the flow new loops start on: /flow <id>"),
        ("publish", "Propose a public receipts page (the group decides)"),
        ("unpublish", "Take the public receipts page down"),
        ("ai", "AI drafts: /ai on (the group decides) or /ai off"),
        ("draft", "An AI draft of a loop, checked, not a receipt: /draft [#N]"),
        ("link", "Link another chat into this group (admins): /link, /link <code>, /link confirm"),
        ("links", "The chats this group spans"),
        ("unlink", "Take this chat out of a linked group (admins)"),
        ("me", "Your accounts on two channels as one member: /me link [code], /me unlink"),
        ("help", "What CivBot can do"),
    ];

    /// <summary>The fixed menu plus each flow's own command (<c>/urgent &lt;need&gt;</c>).</summary>
    public static IReadOnlyList<(string Command, string Description)> With(
        Core.Flows.IFlowCatalog flows
    ) =>
        [
            .. All,
            .. flows
                .All.Where(f => f.Command is not null)
                .Select(f =>
                    (f.Command!, $"Open a loop on the {f.Title} flow: /{f.Command} <need>")
                ),
        ];
}
