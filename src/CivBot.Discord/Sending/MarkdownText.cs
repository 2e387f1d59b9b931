namespace CivBot.Discord.Sending;

using System.Text;

/// <summary>
/// Replies are plain text, and Discord reads markdown in every message, so user text is escaped to render literally:
/// inline markers (<c>\ * _ ~ ` | [ ] &lt;</c>) everywhere, block markers (<c># - &gt;</c>) at the start of a line.
/// Links stay as typed, since a backslash inside a URL would break it.
/// </summary>
public static class MarkdownText
{
    private const string Inline = "\\*_~`|[]<";
    private const string LineStart = "#->";

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            if (IsLinkStart(text, i))
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                    end++;
                sb.Append(text, i, end - i);
                i = end;
                continue;
            }
            var c = text[i];
            var atLineStart = i == 0 || text[i - 1] == '\n';
            if (Inline.Contains(c) || (atLineStart && LineStart.Contains(c)))
                sb.Append('\\');
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    private static bool IsLinkStart(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]))
        && (
            text.AsSpan(i).StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        );
}
