namespace CivBot.Core.Languages;

/// <summary>CivBot in English, the default language.</summary>
internal sealed partial class EnglishWords : Words
{
    public override string Code => "en";

    public override string Name => "English";

    protected override IReadOnlyList<string> OtherNames { get; } = ["ingles", "inglés"];

    protected override IReadOnlyList<string> Weekdays { get; } =
    ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    protected override IReadOnlyList<string> Months { get; } =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    protected override char DecimalSeparator => '.';

    protected override string DayAndDate(string weekday, int day, string month) =>
        $"{weekday} {month} {day}";

    protected override string In(string span) => $"in {span}";

    public override string Now => "now";

    protected override string Or => "or";

    protected override string And => "and";
}
