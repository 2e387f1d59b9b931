namespace CivBot.Discord.Tests.Support;

using System.Text.Json.Nodes;

/// <summary>A person in the test server, and the gateway payloads their actions produce.</summary>
public sealed record DiscordUser(string Id, string Username)
{
    public const string Guild = "55";

    public JsonObject User() =>
        new()
        {
            ["id"] = Id,
            ["username"] = Username,
            ["global_name"] = null,
            ["discriminator"] = "0",
        };

    public JsonObject Message(string messageId, string channelId, string text) =>
        new()
        {
            ["id"] = messageId,
            ["channel_id"] = channelId,
            ["guild_id"] = Guild,
            ["author"] = User(),
            ["member"] = new JsonObject { ["roles"] = new JsonArray(), ["nick"] = null },
            ["content"] = text,
            ["mentions"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["type"] = 0,
        };

    /// <summary>A slash command or a button press in a channel (or, with a parent, in a thread of it).</summary>
    public JsonObject Interaction(
        string id,
        int type,
        string channelId,
        string? parentId,
        JsonObject data,
        string? messageId = null
    )
    {
        var channel = new JsonObject { ["id"] = channelId, ["type"] = parentId is null ? 0 : 11 };
        if (parentId is not null)
            channel["parent_id"] = parentId;
        var o = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = "800",
            ["type"] = type,
            ["token"] = "token-" + id,
            ["version"] = 1,
            ["guild_id"] = Guild,
            ["channel_id"] = channelId,
            ["channel"] = channel,
            ["member"] = new JsonObject
            {
                ["user"] = User(),
                ["roles"] = new JsonArray(),
                ["nick"] = null,
            },
            ["data"] = data,
        };
        if (messageId is not null)
            o["message"] = new JsonObject { ["id"] = messageId, ["channel_id"] = channelId };
        return o;
    }
}
