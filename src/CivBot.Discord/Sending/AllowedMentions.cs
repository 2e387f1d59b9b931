namespace CivBot.Discord.Sending;

using System.Text.Json.Nodes;

/// <summary>
/// On every message: nothing is parsed from the text, so neither @everyone, @here, a role nor a pasted user mention can
/// ping; only the member a fallback is addressed to.
/// </summary>
public static class AllowedMentions
{
    public static JsonObject Only(string? userId) =>
        new()
        {
            ["parse"] = new JsonArray(),
            ["users"] = userId is null ? new JsonArray() : new JsonArray(userId),
            ["replied_user"] = false,
        };
}
