namespace CivBot.Core.Languages;

/// <summary>
/// CivBot in Spanish: plain Latin-American Spanish, "tú", short for a phone. Accents force an SMS into UCS-2 (70
/// characters a segment), so texts that go out by SMS stay short.
/// </summary>
internal sealed partial class SpanishWords : Words
{
    public override string Code => "es";

    public override string Name => "español";

    protected override IReadOnlyList<string> OtherNames { get; } =
    ["espanol", "spanish", "castellano"];

    protected override IReadOnlyList<string> Weekdays { get; } =
    ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"];

    protected override IReadOnlyList<string> Months { get; } =
    ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];

    protected override char DecimalSeparator => ',';

    protected override string DayAndDate(string weekday, int day, string month) =>
        $"{weekday} {day} {month}";

    // Durations are written "2d 3h" in both languages; a week is "sem" rather than "w".
    protected override string In(string span) =>
        "en " + span.Replace("w", " sem", StringComparison.Ordinal);

    private static readonly Dictionary<string, string> SpanishCommands = Commands
        .KnownCommands.Aliases.GroupBy(a => a.Value)
        .ToDictionary(g => g.Key, g => g.First().Key);

    public override string Command(string name) => SpanishCommands.GetValueOrDefault(name, name);

    public override string Now => "ahora";

    protected override string Or => "o";

    protected override string And => "y";
}
