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

    /// <summary>Builds a command from a name and raw arguments (used for platform-parsed commands too).</summary>
    public static ParsedCommand FromParts(string name, string args)
    {
        int? loop = null;
        var rest = args.Trim();
        var lm = LoopTarget().Match(rest);
        if (lm.Success && int.TryParse(lm.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            loop = n;
            rest = (rest[..lm.Index] + " " + rest[(lm.Index + lm.Length)..]).Trim();
            rest = Spaces().Replace(rest, " ");
        }
        return new ParsedCommand(name.TrimStart('/').ToLowerInvariant(), rest, loop);
    }

    [GeneratedRegex(@"^/(?<name>[A-Za-z0-9_]{1,32})(@(?<bot>[A-Za-z0-9_]{1,64}))?(?=\s|$)")]
    private static partial Regex CommandHead();

    [GeneratedRegex(@"(?<=^|\s)#(?<n>\d{1,6})(?=\s|$)")]
    private static partial Regex LoopTarget();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
