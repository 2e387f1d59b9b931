namespace CivBot.Telegram.Sending;

using System.Text;
using System.Text.Json.Nodes;
using CivBot.Core.Replies;

/// <summary>Reply buttons as an inline keyboard, one button per row so long option labels stay readable.</summary>
public static class InlineKeyboard
{
    /// <summary>Telegram's limit for callback_data, in UTF-8 bytes.</summary>
    public const int MaxCallbackBytes = 64;

    public static JsonObject? From(IReadOnlyList<ReplyButton> buttons)
    {
        if (buttons.Count == 0)
            return null;
        var rows = new JsonArray();
        foreach (var button in buttons)
        {
            if (Encoding.UTF8.GetByteCount(button.Payload) > MaxCallbackBytes)
                throw new ArgumentException(
                    $"Button payload is over {MaxCallbackBytes} bytes; Telegram would refuse the message.",
                    nameof(buttons)
                );
            rows.Add(
                new JsonArray(
                    new JsonObject
                    {
                        // Labels are plain text in the keyboard (no parse mode applies there).
                        ["text"] = button.Label,
                        ["callback_data"] = button.Payload,
                    }
                )
            );
        }
        return new JsonObject { ["inline_keyboard"] = rows };
    }
}
