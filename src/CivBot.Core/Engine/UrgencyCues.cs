namespace CivBot.Core.Engine;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// Whether an ask sounds urgent, in English or Spanish: plain words ("urgent", "asap", "closes in 40 minutes",
/// "urgente", "cuanto antes", "cierra en 40 minutos") or a clock time later today within a few hours ("before 5pm",
/// "antes de las 17:00" at 3pm). Used only to suggest the urgent flow; nothing switches by itself. Accents are optional.
/// </summary>
public static partial class UrgencyCues
{
    /// <summary>How far ahead a clock time still counts as urgent.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(4);

    [GeneratedRegex(
        @"\b(urgent|urgently|asap|a\.s\.a\.p|right now|right away|as soon as possible|immediately|closes in|closing in|in the next hour|within the hour"
            + @"|urgente|urgentemente|lo antes posible|cuanto antes|lo m[aá]s pronto posible|ahora mismo|ya mismo|de inmediato|inmediatamente|cierra en|en la pr[oó]xima hora|dentro de una hora)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex Words();

    // "in 40 minutes", "in 2 hours", "in 1h", "en 30 minutos", "en 2 horas": a deadline a few hours away at most.
    [GeneratedRegex(
        @"\b(?:in|en) (?<n>\d{1,3}) ?(?<unit>minutes?|minutos?|mins?|m|hours?|horas?|hrs?|h)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex Relative();

    // "before 5pm", "by 4:30 pm", "at 17:00", "until 5 pm", "antes de las 17:00", "a las 4:30 pm": a clock time,
    // 12- or 24-hour.
    [GeneratedRegex(
        @"\b(before|by|at|until|till|til|antes de las|antes de la|para las|a las|hasta las)\s+(?<h>\d{1,2})(?::(?<m>\d{2}))?\s*(?<ampm>am|pm|a\.m\.|p\.m\.)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex Clock();

    /// <param name="now">The current time, in the group's local time (its offset is the group's zone).</param>
    public static bool Sound(string text, DateTimeOffset now)
    {
        if (Words().IsMatch(text))
            return true;
        foreach (Match m in Relative().Matches(text))
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var hours =
                m.Groups["unit"].Value.StartsWith('h') || m.Groups["unit"].Value.StartsWith('H');
            if (hours ? n <= Horizon.TotalHours : n <= Horizon.TotalMinutes)
                return true;
        }
        foreach (Match m in Clock().Matches(text))
        {
            if (ClockToday(m, now) is { } at && at > now && at - now <= Horizon)
                return true;
        }
        return false;
    }

    private static DateTimeOffset? ClockToday(Match m, DateTimeOffset now)
    {
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success
            ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture)
            : 0;
        if (minute > 59)
            return null;
        var ampm = m.Groups["ampm"].Success ? m.Groups["ampm"].Value.ToLowerInvariant() : null;
        if (ampm is not null)
        {
            if (hour is < 1 or > 12)
                return null;
            var pm = ampm.StartsWith('p');
            hour = hour % 12 + (pm ? 12 : 0);
        }
        else if (hour > 23 || !m.Groups["m"].Success)
        {
            // A bare number ("at 5", "by 112 Main St") is too ambiguous to call a time.
            return null;
        }
        return new DateTimeOffset(now.Year, now.Month, now.Day, hour, minute, 0, now.Offset);
    }
}
