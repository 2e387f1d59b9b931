namespace CivBot.Testing.Telegram;

using System.Text.Json;

/// <summary>One message the bot sent, as the emulator stored its sendMessage request (edits merged in).</summary>
public sealed record BotMessage(
    long MessageId,
    long ChatId,
    string Text,
    string? ParseMode,
    long? ThreadId,
    IReadOnlyList<(string Label, string Data)> Buttons
)
{
    public static BotMessage? From(JsonElement item)
    {
        if (
            !item.TryGetProperty("message", out var m) || !m.TryGetProperty("chat_id", out var chat)
        )
            return null;
        var buttons = new List<(string, string)>();
        if (
            m.TryGetProperty("reply_markup", out var markup)
            && markup.ValueKind == JsonValueKind.Object
            && markup.TryGetProperty("inline_keyboard", out var rows)
        )
        {
            foreach (var row in rows.EnumerateArray())
            foreach (var button in row.EnumerateArray())
                buttons.Add(
                    (
                        button.GetProperty("text").GetString()!,
                        button.GetProperty("callback_data").GetString()!
                    )
                );
        }
        return new BotMessage(
            item.GetProperty("messageId").GetInt64(),
            long.Parse(chat.ToString(), System.Globalization.CultureInfo.InvariantCulture),
            m.GetProperty("text").GetString()!,
            m.TryGetProperty("parse_mode", out var mode) ? mode.GetString() : null,
            m.TryGetProperty("message_thread_id", out var thread)
            && thread.ValueKind == JsonValueKind.Number
                ? thread.GetInt64()
                : null,
            buttons
        );
    }
}
