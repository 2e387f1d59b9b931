namespace CivBot.Discord.Sending;

using CivBot.Core.Replies;

/// <summary>Discord's limit: 2000 characters of the message as sent, that is after markdown escaping.</summary>
public static class MessageSplitter
{
    public const int MaxLength = 2000;

    public static IReadOnlyList<string> Split(string text, int maxEscaped = MaxLength) =>
        TextSplitter.Split(text, maxEscaped, s => MarkdownText.Escape(s).Length);
}
