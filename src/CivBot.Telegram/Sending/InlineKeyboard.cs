namespace CivBot.Telegram.Sending;

using System.Text;
using CivBot.Core.Replies;
using global::Telegram.Bot.Types.ReplyMarkups;

/// <summary>Reply buttons as an inline keyboard, one button per row so long option labels stay readable.</summary>
public static class InlineKeyboard
{
    /// <summary>Telegram's limit for callback_data, in UTF-8 bytes.</summary>
    public const int MaxCallbackBytes = 64;

    public static InlineKeyboardMarkup? From(IReadOnlyList<ReplyButton> buttons)
    {
        if (buttons.Count == 0)
            return null;
        foreach (var button in buttons)
        {
            if (Encoding.UTF8.GetByteCount(button.Payload) > MaxCallbackBytes)
                throw new ArgumentException(
                    $"Button payload is over {MaxCallbackBytes} bytes; Telegram would refuse the message.",
                    nameof(buttons)
                );
        }
        // Labels are plain text in the keyboard (no parse mode applies there).
        return new InlineKeyboardMarkup(
            buttons.Select(b => new[] { InlineKeyboardButton.WithCallbackData(b.Label, b.Payload) })
        );
    }
}
