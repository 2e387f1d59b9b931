namespace CivBot.Discord.Tests.Support;

using System.Text.Json.Nodes;

/// <summary>A message the bot posted, as it stands now (edits applied).</summary>
public sealed class StubMessage(string id, string channelId, JsonObject body)
{
    public string Id { get; } = id;

    public string ChannelId { get; } = channelId;

    public JsonObject Body { get; private set; } = body;

    public int Edits { get; private set; }

    public string Content => (string?)Body["content"] ?? "";

    /// <summary>The text as Discord renders it: markdown escapes removed.</summary>
    public string Text => System.Text.RegularExpressions.Regex.Replace(Content, @"\\(.)", "$1");

    public IReadOnlyList<string> CustomIds =>
        (Body["components"] as JsonArray ?? [])
            .SelectMany(row => row!["components"]!.AsArray())
            .Select(b => (string)b!["custom_id"]!)
            .ToList();

    public IReadOnlyList<string> AllowedUsers =>
        (Body["allowed_mentions"]?["users"] as JsonArray ?? []).Select(u => (string)u!).ToList();

    public bool ParsesNoMentions => Body["allowed_mentions"]?["parse"] is JsonArray { Count: 0 };

    public void Edit(JsonObject body)
    {
        Body = body;
        Edits++;
    }
}
