namespace CivBot.Telegram.Sending;

using CivBot.Core.Replies;

/// <summary>Telegram's limit: 4096 characters, counted on the text as shown (before escaping).</summary>
public static class MessageSplitter
{
    public const int MaxLength = 4096;

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxLength) =>
        TextSplitter.Split(text, maxLength);
}
