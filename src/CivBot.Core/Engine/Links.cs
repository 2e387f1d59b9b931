namespace CivBot.Core.Engine;

using System.Text.RegularExpressions;

/// <summary>Finds evidence links in what people type.</summary>
internal static partial class Links
{
    public static IReadOnlyList<string> In(string text) =>
        // Every note is searched: most hold no link, and then the regex's match collection need not be built.
        !text.Contains("http", StringComparison.OrdinalIgnoreCase)
            ? []
            :
            [
                .. Url()
                    .Matches(text)
                    .Select(m => m.Value.TrimEnd('.', ',', ')', ';'))
                    .Distinct(StringComparer.Ordinal),
            ];

    /// <summary>The text without the given links (they are kept as evidence); "link" when nothing else was said.</summary>
    public static string Without(string text, IReadOnlyList<string> links)
    {
        if (links.Count == 0)
            return text;
        var kept = Url()
            .Replace(text, m => links.Contains(m.Value.TrimEnd('.', ',', ')', ';')) ? "" : m.Value);
        var collapsed = string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? "link" : collapsed;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
