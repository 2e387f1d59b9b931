namespace CivBot.Discord.Receiving;

using System.Text.Json.Nodes;

/// <summary>CivBot's verbs as slash commands (the engine's /help says the same). Typed commands work too.</summary>
internal static class SlashCommands
{
    public static readonly IReadOnlyList<SlashCommand> All =
    [
        new("ask", "Open a loop for a need", [new("need", "What is needed", Required: true)]),
        new(
            "add",
            "Add context or a link to a loop",
            [new("text", "The context or link", Required: true), SlashOption.LoopNumber]
        ),
        new(
            "propose",
            "Propose an option",
            [new("option", "Your proposal", Required: true), SlashOption.LoopNumber]
        ),
        new(
            "vote",
            "Open the vote, or vote for an option",
            [new("choice", "The option number", SlashOption.Integer), SlashOption.LoopNumber]
        ),
        new(
            "object",
            "Object in a consent vote",
            [new("reason", "Why", Required: true), SlashOption.LoopNumber]
        ),
        new("claim", "Volunteer to do it", [SlashOption.LoopNumber]),
        new(
            "spend",
            "Record a cost",
            [
                new("amount", "How much, e.g. 6.40", Required: true),
                new("currency", "e.g. USD", Required: true),
                new("what", "What it paid for", Required: true),
                SlashOption.LoopNumber,
            ]
        ),
        new(
            "done",
            "Report it done",
            [new("outcome", "What happened", Required: true), SlashOption.LoopNumber]
        ),
        new(
            "audit",
            "Audit a loop: ok or flag",
            [
                new("verdict", "ok or flag", Required: true, Choices: ["ok", "flag"]),
                new("note", "Your note or the problem"),
                SlashOption.LoopNumber,
            ]
        ),
        new(
            "check",
            "Submit a check",
            [new("what", "What you checked", Required: true), SlashOption.LoopNumber]
        ),
        new("next", "Move a loop to its next phase (steward)", [SlashOption.LoopNumber]),
        new("undo", "Undo the last reversible move (steward)", [SlashOption.LoopNumber]),
        new("status", "Open loops and where they stand", []),
        new("roles", "Who holds which role, and who is next", []),
        new("receipts", "The trail of receipts", [SlashOption.LoopNumber]),
        new("verify", "Check the receipt chain was not edited", []),
        new("kit", "The kit of a closed loop", [SlashOption.LoopNumber]),
        new(
            "optout",
            "Step out of a role, or of the group's loops (no roles or reminders)",
            [new("what", "A role name, or group", Required: true)]
        ),
        new(
            "optin",
            "Come back to a role or the group",
            [new("what", "A role name, or group", Required: true)]
        ),
        new("name", "Choose the name CivBot calls you", [new("name", "Your name", Required: true)]),
        new("join", "Join a group with its code", [new("code", "The join code", Required: true)]),
        new("smscode", "The code SMS members text to join this group", []),
        new(
            "withdraw",
            "End your ask when it is no longer needed",
            [new("why", "Why, in a few words"), SlashOption.LoopNumber]
        ),
        new(
            "handoff",
            "Hand your role on a loop to the next by rotation",
            [SlashOption.LoopNumber]
        ),
        new(
            "improve",
            "One thing to do better next time (goes in the kit)",
            [new("text", "What to do better", Required: true), SlashOption.LoopNumber]
        ),
        new(
            "timezone",
            "Show deadlines in your time zone",
            [new("zone", "An IANA name, e.g. America/Chicago")]
        ),
        new("flows", "The flows this group can run", []),
        new(
            "flow",
            "Set the flow new loops start on",
            [new("id", "A flow id from /flows, e.g. urgent-ride")]
        ),
        new(
            "publish",
            "Propose a public receipts page (the group decides)",
            [new("options", "Optional: a readable name, and/or evidence")]
        ),
        new("unpublish", "Take the public receipts page down", []),
        new(
            "ai",
            "AI drafts: on (the group decides), off (a steward), or where things stand",
            [new("switch", "on or off", Choices: ["on", "off"])]
        ),
        new(
            "draft",
            "An AI draft of a loop, checked against the receipts, not a receipt",
            [SlashOption.LoopNumber]
        ),
        new(
            "link",
            "Link another chat into this group (admins)",
            [new("code", "Empty for a new code; the other chat's code; or confirm")]
        ),
        new("links", "The chats this group spans", []),
        new("unlink", "Take this channel out of a linked group (admins)", []),
        new(
            "me",
            "Your accounts on two channels as one member",
            [new("action", "link, link <code>, or unlink", Required: true)]
        ),
        new("help", "What CivBot can do", []),
    ];

    /// <summary>A flow's own command (<c>/urgent</c>): a need opens a loop on it; without one it moves your new ask there.</summary>
    public static SlashCommand ForFlow(Core.Flows.FlowDefinition flow) =>
        new(
            flow.Command!,
            // Discord allows 1-100 characters here.
            Clip($"Open a loop on the {flow.Title} flow"),
            [
                new(
                    "need",
                    "What is needed (leave empty to move your new ask to this flow)",
                    Required: false
                ),
                SlashOption.LoopNumber,
            ]
        );

    private static string Clip(string text) => text.Length <= 100 ? text : text[..100];

    public static SlashCommand? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    /// <summary>The body of a bulk overwrite (PUT .../commands): every chat-input command.</summary>
    public static JsonArray Registration(IEnumerable<SlashCommand>? flowCommands = null)
    {
        var list = new JsonArray();
        foreach (var command in All.Concat(flowCommands ?? []))
        {
            var options = new JsonArray();
            foreach (var option in command.Options)
            {
                var o = new JsonObject
                {
                    ["type"] = option.Type,
                    ["name"] = option.Name,
                    ["description"] = option.Description,
                    ["required"] = option.Required,
                };
                if (option.Type == SlashOption.Integer)
                    o["min_value"] = 1;
                if (option.Choices is { } choices)
                    o["choices"] = new JsonArray(
                        choices
                            .Select(c => (JsonNode)new JsonObject { ["name"] = c, ["value"] = c })
                            .ToArray()
                    );
                options.Add(o);
            }
            list.Add(
                new JsonObject
                {
                    ["name"] = command.Name,
                    ["type"] = 1,
                    ["description"] = command.Description,
                    ["options"] = options,
                }
            );
        }
        return list;
    }
}
