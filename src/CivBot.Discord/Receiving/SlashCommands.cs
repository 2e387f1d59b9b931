namespace CivBot.Discord.Receiving;

using System.Text.Json.Nodes;
using CivBot.Core.Languages;

/// <summary>CivBot's verbs as slash commands (the engine's /help says the same). Typed commands work too.</summary>
internal static class SlashCommands
{
    public static readonly IReadOnlyList<SlashCommand> All =
    [
        new("ask", [new("need", "What is needed", Required: true)]),
        new("add", [new("text", "The context or link", Required: true), SlashOption.LoopNumber]),
        new("propose", [new("option", "Your proposal", Required: true), SlashOption.LoopNumber]),
        new(
            "vote",
            [new("choice", "The option number", SlashOption.Integer), SlashOption.LoopNumber]
        ),
        new("object", [new("reason", "Why", Required: true), SlashOption.LoopNumber]),
        new("claim", [SlashOption.LoopNumber]),
        new(
            "spend",
            [
                new("amount", "How much, e.g. 6.40", Required: true),
                new("currency", "e.g. USD", Required: true),
                new("what", "What it paid for", Required: true),
                SlashOption.LoopNumber,
            ]
        ),
        new("done", [new("outcome", "What happened", Required: true), SlashOption.LoopNumber]),
        new(
            "audit",
            [
                new("verdict", "ok or flag", Required: true, Choices: ["ok", "flag"]),
                new("note", "Your note or the problem"),
                SlashOption.LoopNumber,
            ]
        ),
        new("check", [new("what", "What you checked", Required: true), SlashOption.LoopNumber]),
        new("next", [SlashOption.LoopNumber]),
        new("undo", [SlashOption.LoopNumber]),
        new("status", []),
        new("roles", []),
        new("receipts", [SlashOption.LoopNumber]),
        new("verify", []),
        new("kit", [SlashOption.LoopNumber]),
        new("optout", [new("what", "A role name, or group", Required: true)]),
        new("optin", [new("what", "A role name, or group", Required: true)]),
        new("name", [new("name", "Your name", Required: true)]),
        new("join", [new("code", "The join code", Required: true)]),
        new("smscode", []),
        new("withdraw", [new("why", "Why, in a few words"), SlashOption.LoopNumber]),
        new("handoff", [SlashOption.LoopNumber]),
        new("improve", [new("text", "What to do better", Required: true), SlashOption.LoopNumber]),
        new("timezone", [new("zone", "An IANA name, e.g. America/Chicago")]),
        new("flows", []),
        new("flow", [new("id", "A flow id from /flows, e.g. urgent-ride")]),
        new("publish", [new("options", "Optional: a readable name, and/or evidence")]),
        new("unpublish", []),
        new("ai", [new("switch", "on or off", Choices: ["on", "off"])]),
        new("draft", [SlashOption.LoopNumber]),
        new("link", [new("code", "Empty for a new code; the other chat's code; or confirm")]),
        new("links", []),
        new("unlink", []),
        new("me", [new("action", "link, link <code>, or unlink", Required: true)]),
        new("language", [new("code", "en or es")]),
        new("help", []),
    ];

    /// <summary>A flow's own command (<c>/urgent</c>): a need opens a loop on it; without one it moves your new ask there.</summary>
    public static SlashCommand ForFlow(Core.Flows.FlowDefinition flow) =>
        new(
            flow.Command!,
            [
                new(
                    "need",
                    "What is needed (leave empty to move your new ask to this flow)",
                    Required: false
                ),
                SlashOption.LoopNumber,
            ],
            flow.Title
        );

    /// <summary>
    /// Discord's locales for each language beyond English: a member whose client speaks one sees the command described
    /// in it. Spanish is two locales on Discord, Spain's and Latin America's.
    /// </summary>
    private static readonly IReadOnlyList<(string Locale, Words Words)> Locales =
    [
        ("es-ES", Words.Spanish),
        ("es-419", Words.Spanish),
    ];

    private static JsonObject Localizations(Func<Words, string> text)
    {
        var map = new JsonObject();
        foreach (var (locale, words) in Locales)
            map[locale] = text(words);
        return map;
    }

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
                    ["description_localizations"] = Localizations(command.DescriptionIn),
                    ["options"] = options,
                }
            );
        }
        return list;
    }
}
