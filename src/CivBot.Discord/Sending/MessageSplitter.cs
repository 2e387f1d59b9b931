namespace CivBot.Discord.Sending;

/// <summary>
/// Cuts plain text into parts that stay within Discord's 2000 characters once escaped (escaping only adds, and a
/// part's escaping depends only on what comes before, so measuring a prefix is exact): at the last line break in range,
/// else the last space, else hard, never inside a surrogate pair.
/// </summary>
public static class MessageSplitter
{
    public const int MaxLength = 2000;

    public static IReadOnlyList<string> Split(string text, int maxEscaped = MaxLength)
    {
        var parts = new List<string>();
        var rest = text;
        while (MarkdownText.Escape(rest).Length > maxEscaped)
        {
            var fit = Math.Min(rest.Length, maxEscaped);
            while (fit > 1 && MarkdownText.Escape(rest[..fit]).Length > maxEscaped)
                fit -= Math.Max(1, (MarkdownText.Escape(rest[..fit]).Length - maxEscaped) / 2);
            var cut = rest.LastIndexOf('\n', fit - 1, fit);
            if (cut <= 0)
                cut = rest.LastIndexOf(' ', fit - 1, fit);
            if (cut <= 0)
            {
                cut = fit;
                if (char.IsHighSurrogate(rest[cut - 1]))
                    cut--;
            }
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n', ' ');
        }
        if (rest.Length > 0 || parts.Count == 0)
            parts.Add(rest);
        return parts;
    }
}
