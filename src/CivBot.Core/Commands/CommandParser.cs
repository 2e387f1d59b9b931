namespace CivBot.Core.Commands;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>Parses <c>/cmd</c>, <c>/cmd@BotName args</c> and a <c>#N</c> loop target anywhere in the arguments.</summary>
public static partial class CommandParser
{
    /// <summary>
    /// Returns null when the text is not a command. A command addressed to another bot
    /// (<c>/vote@OtherBot</c>) is also null when <paramref name="botUsername"/> is known.
    /// </summary>
    public static ParsedCommand? Parse(string text, string? botUsername = null)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/')
            return null;
        var m = CommandHead().Match(trimmed);
        if (!m.Success)
            return null;
        var target = m.Groups["bot"].Success ? m.Groups["bot"].Value : null;
        if (
            target is not null
            && botUsername is not null
            && !string.Equals(target, botUsername, StringComparison.OrdinalIgnoreCase)
        )
            return null;
        var name = m.Groups["name"].Value.ToLowerInvariant();
        return FromParts(name, trimmed[m.Length..]);
    }

    /// <summary>
    /// Builds a command from a name and raw arguments (used for platform-parsed commands too). A Spanish alias
    /// (<c>/pedir</c>) becomes the command it names (<c>ask</c>).
    /// </summary>
    public static ParsedCommand FromParts(string name, string args)
    {
        // "#N" names a loop only as the first or the last word, so "/add Room #4 is free" keeps its text.
        var words = args.Split(
                ' ',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            )
            .ToList();
        int? loop = null;
        if (words.Count > 0 && TryLoop(words[0], out var first))
        {
            loop = first;
            words.RemoveAt(0);
        }
        else if (words.Count > 0 && TryLoop(words[^1], out var last))
        {
            loop = last;
            words.RemoveAt(words.Count - 1);
        }
        var rest = loop is null ? args.Trim() : string.Join(' ', words);
        return new ParsedCommand(
            KnownCommands.Canonical(name.TrimStart('/').ToLowerInvariant()),
            rest,
            loop
        );
    }

    private static bool TryLoop(string word, out int loop)
    {
        loop = 0;
        return word.Length is > 1 and <= 7
            && word[0] == '#'
            && int.TryParse(
                word.AsSpan(1),
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out loop
            );
    }

    [GeneratedRegex(@"^/(?<name>[A-Za-z0-9_]{1,32})(@(?<bot>[A-Za-z0-9_]{1,64}))?(?=\s|$)")]
    private static partial Regex CommandHead();
}
