namespace CivBot.Core.Engine;

using System.Text.RegularExpressions;

/// <summary>Finds evidence links in what people type.</summary>
internal static partial class Links
{
    public static IReadOnlyList<string> In(string text) =>
        [
            .. Url()
                .Matches(text)
                .Select(m => m.Value.TrimEnd('.', ',', ')', ';'))
                .Distinct(StringComparer.Ordinal),
        ];

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
