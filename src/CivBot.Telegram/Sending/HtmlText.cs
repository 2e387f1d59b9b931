namespace CivBot.Telegram.Sending;

/// <summary>
/// Replies are plain text sent in HTML parse mode, the one mode used everywhere: only <c>&amp; &lt; &gt;</c> need
/// escaping, so asks and names with <c>*</c>, <c>_</c> or brackets render literally (MarkdownV2 would need 18).
/// </summary>
public static class HtmlText
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
