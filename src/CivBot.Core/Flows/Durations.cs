using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CivBot.Core.Flows;

/// <summary>Compact durations as flow authors write them: <c>30m</c>, <c>6h</c>, <c>2d</c>, <c>1w</c>, <c>1d12h</c>.</summary>
public static partial class Durations
{
    private static readonly (char Unit, long Seconds)[] Units =
    [
        ('w', 7 * 24 * 3600),
        ('d', 24 * 3600),
        ('h', 3600),
        ('m', 60),
        ('s', 1),
    ];

    private static readonly long MaxSeconds = (long)TimeSpan.MaxValue.TotalSeconds;

    // Optional single spaces between parts let Format's output ("1d 12h") parse back.
    [GeneratedRegex(
        @"^(?:(?<w>\d+)w ?)?(?:(?<d>\d+)d ?)?(?:(?<h>\d+)h ?)?(?:(?<m>\d+)m ?)?(?:(?<s>\d+)s)?$"
    )]
    private static partial Regex Pattern();

    /// <summary>Parses units w, d, h, m, s in descending order, each a positive integer; the total must be positive.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text) || text.EndsWith(' '))
            return false;
        var match = Pattern().Match(text);
        if (!match.Success)
            return false;

        long total = 0;
        foreach (var (unit, seconds) in Units)
        {
            var group = match.Groups[unit.ToString()];
            if (!group.Success)
                continue;
            if (
                !long.TryParse(
                    group.Value,
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var n
                )
                || n <= 0
            )
                return false;
            if (n > (MaxSeconds - total) / seconds)
                return false;
            total += n * seconds;
        }
        if (total <= 0)
            return false;
        value = TimeSpan.FromSeconds(total);
        return true;
    }

    /// <summary>Largest units first, zero parts left out: <c>1d 12h</c>, <c>45m</c>, <c>2w</c>. Sub-second parts are dropped.</summary>
    public static string Format(TimeSpan value)
    {
        var signed = (long)value.TotalSeconds;
        if (signed == 0)
            return "0s";
        var rest = Math.Abs(signed);
        var text = new StringBuilder(signed < 0 ? "-" : "");
        foreach (var (unit, seconds) in Units)
        {
            var n = rest / seconds;
            if (n == 0)
                continue;
            rest -= n * seconds;
            if (text.Length > 0 && text[^1] != '-')
                text.Append(' ');
            text.Append(n.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
        return text.ToString();
    }
}
