namespace CivBot.Discord.Receiving;

using System.Text.Json.Nodes;
using CivBot.Core.Languages;

/// <summary>CivBot's verbs as slash commands (the engine's /help says the same). Typed commands work too.</summary>
internal static class SlashCommands
{
    public static readonly IReadOnlyList<SlashCommand> All =
    [
        new("ask", [new("need", Required: true)]),
        new("add", [new("text", Required: true), SlashOption.LoopNumber]),
        new("propose", [new("option", Required: true), SlashOption.LoopNumber]),
        new("vote", [new("choice", SlashOption.Integer), SlashOption.LoopNumber]),
        new("object", [new("reason", Required: true), SlashOption.LoopNumber]),
        new("claim", [SlashOption.LoopNumber]),
        new(
            "spend",
            [
                new("amount", Required: true),
                new("currency", Required: true),
                new("what", Required: true),
                SlashOption.LoopNumber,
            ]
        ),
        new("done", [new("outcome", Required: true), SlashOption.LoopNumber]),
        new(
            "audit",
            [
                new("verdict", Required: true, Choices: ["ok", "flag"]),
                new("note"),
                SlashOption.LoopNumber,
            ]
        ),
        new("check", [new("what", Required: true), SlashOption.LoopNumber]),
        new("next", [SlashOption.LoopNumber]),
        new("undo", [SlashOption.LoopNumber]),
        new("status", []),
        new("roles", []),
        new("receipts", [SlashOption.LoopNumber]),
        new("verify", []),
        new("kit", [SlashOption.LoopNumber]),
        new("optout", [new("what", Required: true)]),
        new("optin", [new("what", Required: true)]),
        new("name", [new("name", Required: true)]),
        new("join", [new("code", Required: true)]),
        new("smscode", []),
        new("withdraw", [new("why"), SlashOption.LoopNumber]),
        new("handoff", [SlashOption.LoopNumber]),
        new("improve", [new("text", Required: true), SlashOption.LoopNumber]),
        new("timezone", [new("zone")]),
        new("flows", []),
        new("flow", [new("id")]),
        new("publish", [new("options")]),
        new("unpublish", []),
        new("ai", [new("switch", Choices: ["on", "off"])]),
        new("draft", [SlashOption.LoopNumber]),
        new("link", [new("code")]),
        new("links", []),
        new("unlink", []),
        new("me", [new("action", Required: true)]),
        new("language", [new("code")]),
        new("help", []),
    ];

    /// <summary>A flow's own command (<c>/urgent</c>): a need opens a loop on it; without one it moves your new ask there.</summary>
    public static SlashCommand ForFlow(string command, string title) =>
        new(command, [new("need", Required: false), SlashOption.LoopNumber], title);

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
                    ["description"] = command.OptionIn(Words.English, option),
                    ["description_localizations"] = Localizations(w => command.OptionIn(w, option)),
                    ["required"] = option.Required,
                };
                if (option.Type == SlashOption.Integer)
                    o["min_value"] = 1;
                if (option.Choices is { } choices)
                    o["choices"] = new JsonArray(
                        choices
                            .Select(c =>
                                (JsonNode)
                                    new JsonObject
                                    {
                                        ["name"] = c,
                                        ["name_localizations"] = Localizations(w =>
                                            w.NameChoice(command.Name, option.Name, c)
                                        ),
                                        ["value"] = c,
                                    }
                            )
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
