namespace CivBot.Telegram.Api;

using System.Globalization;
using System.Text.Json.Nodes;

/// <summary>The Bot API methods CivBot uses, as parameter objects for <see cref="TelegramClient.CallAsync"/>.</summary>
internal static class BotApi
{
    public static JsonObject SendMessage(
        string chatId,
        string html,
        string? threadId,
        JsonObject? keyboard
    )
    {
        var o = new JsonObject
        {
            ["chat_id"] = ChatId(chatId),
            ["text"] = html,
            ["parse_mode"] = "HTML",
            ["link_preview_options"] = new JsonObject { ["is_disabled"] = true },
        };
        if (
            threadId is not null
            && long.TryParse(threadId, CultureInfo.InvariantCulture, out var thread)
        )
            o["message_thread_id"] = thread;
        if (keyboard is not null)
            o["reply_markup"] = keyboard;
        return o;
    }

    public static JsonObject EditMessageText(
        string chatId,
        string messageId,
        string html,
        JsonObject? keyboard
    )
    {
        var o = new JsonObject
        {
            ["chat_id"] = ChatId(chatId),
            ["message_id"] = long.Parse(messageId, CultureInfo.InvariantCulture),
            ["text"] = html,
            ["parse_mode"] = "HTML",
            ["link_preview_options"] = new JsonObject { ["is_disabled"] = true },
        };
        if (keyboard is not null)
            o["reply_markup"] = keyboard;
        return o;
    }

    public static JsonObject AnswerCallbackQuery(string id, string text) =>
        new() { ["callback_query_id"] = id, ["text"] = text };

    public static JsonObject GetChatMember(string chatId, string userId) =>
        new() { ["chat_id"] = chatId, ["user_id"] = userId };

    public static JsonObject GetUpdates(long? offset, int timeoutSeconds)
    {
        var o = new JsonObject
        {
            ["timeout"] = timeoutSeconds,
            ["allowed_updates"] = new JsonArray("message", "callback_query"),
        };
        if (offset is { } value)
            o["offset"] = value;
        return o;
    }

    public static JsonObject SetWebhook(string url, string secret) =>
        new()
        {
            ["url"] = url,
            ["secret_token"] = secret,
            ["allowed_updates"] = new JsonArray("message", "callback_query"),
        };

    public static JsonObject DeleteWebhook() => new() { ["drop_pending_updates"] = false };

    public static JsonObject SetMyCommands(
        IEnumerable<(string Command, string Description)> commands
    )
    {
        var list = new JsonArray();
        foreach (var (command, description) in commands)
            list.Add(new JsonObject { ["command"] = command, ["description"] = description });
        return new JsonObject { ["commands"] = list };
    }

    public static JsonObject Empty() => [];

    // Chat ids are numbers on the wire; a @username stays a string.
    private static JsonNode ChatId(string chatId) =>
        long.TryParse(chatId, CultureInfo.InvariantCulture, out var id)
            ? JsonValue.Create(id)
            : JsonValue.Create(chatId);
}
