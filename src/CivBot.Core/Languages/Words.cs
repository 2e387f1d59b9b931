namespace CivBot.Core.Languages;

using System.Globalization;
using CivBot.Core.Flows;
using CivBot.Core.Receipts;

/// <summary>
/// Everything CivBot says, in one language: a typed catalogue. Each message is a method whose parameters are its
/// placeholders, so every language fills the same ones, and a language that lacks a message does not compile.
/// The engine picks a catalogue by code (the group's, or the member's for direct messages) and never reads the
/// machine's culture: dates, numbers and plurals are formatted here. docs/languages.md says how to add one.
/// </summary>
public abstract partial class Words
{
    public static readonly Words English = new EnglishWords();
    public static readonly Words Spanish = new SpanishWords();

    /// <summary>Every language CivBot speaks, English first (the default).</summary>
    public static IReadOnlyList<Words> All { get; } = [English, Spanish];

    /// <summary>The language's code, as <c>/language</c> takes it: "en", "es".</summary>
    public abstract string Code { get; }

    /// <summary>The language's own name, as its speakers write it: "English", "español".</summary>
    public abstract string Name { get; }

    /// <summary>Other ways people name the language ("spanish", "espanol"), any case.</summary>
    protected abstract IReadOnlyList<string> OtherNames { get; }

    /// <summary>The catalogue for <paramref name="code"/>, or English when it is missing or unknown.</summary>
    public static Words Of(string? code) => Find(code) ?? English;

    /// <summary>
    /// The language a code or a platform locale names ("es", "ES", "es-MX", "es_419", "español"), or null. Platforms
    /// send locales like Telegram's "es" or Discord's "es-ES"; only the language part counts.
    /// </summary>
    public static Words? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        var trimmed = code.Trim();
        var language = trimmed.Split('-', '_')[0];
        return All.FirstOrDefault(w =>
            string.Equals(w.Code, language, StringComparison.OrdinalIgnoreCase)
            || string.Equals(w.Name, trimmed, StringComparison.OrdinalIgnoreCase)
            || w.OtherNames.Contains(trimmed, StringComparer.OrdinalIgnoreCase)
        );
    }

    /// <summary>"en or es": the codes /language takes.</summary>
    public static string Codes => string.Join(", ", All.Select(w => w.Code));

    /// <summary>A command as this language's readers type it: "ask" in English, "pedir" in Spanish.</summary>
    public virtual string Command(string name) => name;

    // ---- Formats: written out here because the host runs with invariant globalization. ----

    /// <summary>Weekday abbreviations, Sunday first.</summary>
    protected abstract IReadOnlyList<string> Weekdays { get; }

    /// <summary>Month abbreviations, January first.</summary>
    protected abstract IReadOnlyList<string> Months { get; }

    protected abstract char DecimalSeparator { get; }

    /// <summary>"Fri Dec 4" or "vie 4 dic": a weekday with its date.</summary>
    protected abstract string DayAndDate(string weekday, int day, string month);

    /// <summary>"in 2h" / "en 2h": how long until something, the span already formatted ("2h", "1d 3h").</summary>
    protected abstract string In(string span);

    /// <summary>A deadline that has passed: "now" / "ahora".</summary>
    public abstract string Now { get; }

    /// <summary>The word between the last two of a list: "or" / "o".</summary>
    protected abstract string Or { get; }

    /// <summary>The word between the last two of a list: "and" / "y".</summary>
    protected abstract string And { get; }

    /// <summary>
    /// "in 2h (14:05)" in the group's local time, with the weekday when it is not today ("in 2d (Fri 17:00)") and the
    /// date as well beyond a week; "now" when it has passed. The relative part is exact, rounded up to the minute.
    /// </summary>
    public string When(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone)
    {
        var left = at - now;
        if (left <= TimeSpan.Zero)
            return Now;
        return $"{In(Durations.Format(RoundUp(left)))} ({LocalTime(at, now, zone)})";
    }

    /// <summary>"in 2d (Fri 17:00)", or "now" once it has passed.</summary>
    public string When(Moment m) => When(m.At, m.Now, m.Zone);

    /// <summary>"Fri 17:00": the moment's local time as <see cref="LocalTime(DateTimeOffset, DateTimeOffset, TimeZoneInfo)"/> shows it.</summary>
    public string LocalTime(Moment m) => LocalTime(m.At, m.Now, m.Zone);

    /// <summary>"14:05" today, "Fri 17:00" within a week either side, "Fri Dec 4 17:00" further off, in local time.</summary>
    public string LocalTime(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        var weekday = Weekdays[(int)local.DayOfWeek];
        return local.Date == today ? time
            : local.Date < today.AddDays(7) && local.Date > today.AddDays(-7) ? $"{weekday} {time}"
            : $"{DayAndDate(weekday, local.Day, Months[local.Month - 1])} {time}";
    }

    /// <summary>"Fri 17:00": the weekday and the time, whatever the day.</summary>
    public string DayTime(DateTimeOffset local) =>
        $"{Weekdays[(int)local.DayOfWeek]} {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    private static TimeSpan RoundUp(TimeSpan t) =>
        t < TimeSpan.FromMinutes(1)
            ? TimeSpan.FromSeconds(Math.Ceiling(t.TotalSeconds))
            : TimeSpan.FromMinutes(Math.Ceiling(t.TotalMinutes - 1e-9));

    /// <summary>"12.50 USD" / "12,50 USD": an amount with its currency's minor units.</summary>
    public string Amount(decimal amount, string? currency)
    {
        var text = Currencies.Format(amount, currency);
        return DecimalSeparator == '.' ? text : text.Replace('.', DecimalSeparator);
    }

    /// <summary>Totals in several currencies, never added across currencies: "12.50 USD + 3000 JPY".</summary>
    public string Totals(IEnumerable<KeyValuePair<string, decimal>> totals) =>
        string.Join(
            " + ",
            totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => Amount(t.Value, t.Key))
        );

    /// <summary>"a, b or c".</summary>
    public string JoinOr(IReadOnlyList<string> items) => Join(items, Or);

    /// <summary>"a, b and c".</summary>
    public string JoinAnd(IReadOnlyList<string> items) => Join(items, And);

    private static string Join(IReadOnlyList<string> items, string word) =>
        items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " " + word + " " + items[^1],
        };
}
