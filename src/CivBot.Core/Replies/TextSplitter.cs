namespace CivBot.Core.Replies;

/// <summary>
/// Cuts plain text into parts that each measure at most a limit: at the last line break in range, else the last space,
/// else hard, never inside a surrogate pair. Channels pass their limit and how the platform measures a part (Discord
/// counts the escaped text; escaping only adds, and a part's escaping depends only on what comes before it, so
/// measuring a prefix is exact).
/// </summary>
public static class TextSplitter
{
    public static IReadOnlyList<string> Split(
        string text,
        int max,
        Func<string, int>? measure = null
    )
    {
        measure ??= s => s.Length;
        var parts = new List<string>();
        var rest = text;
        while (measure(rest) > max)
        {
            var fit = Math.Min(rest.Length, max);
            while (fit > 1 && measure(rest[..fit]) > max)
                fit -= Math.Max(1, (measure(rest[..fit]) - max) / 2);
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
