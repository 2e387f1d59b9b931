namespace CivBot.Core.Receipts;

using System.Text;

/// <summary>Puts people's own words into Markdown as plain text: nothing they type can become a link, image or heading.</summary>
public static class MarkdownText
{
    // The characters that open emphasis, code, links, images, HTML, entities, tables or strikethrough mid-line.
    private const string Special = "\\`*_[]<>&|~";

    /// <summary>Backslash-escapes <see cref="Special"/> and folds line breaks into spaces (one text, one line).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (Special.Contains(c, StringComparison.Ordinal))
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
