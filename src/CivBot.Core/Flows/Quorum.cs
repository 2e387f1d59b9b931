namespace CivBot.Core.Flows;

/// <summary>The least participation for a vote to count: a number of ballots, or a fraction of eligible members.</summary>
public sealed record Quorum(int? Count, double? Fraction)
{
    public static readonly Quorum None = new(0, null);

    public int Required(int eligible) =>
        Count ?? (int)Math.Ceiling((Fraction ?? 0) * eligible - 1e-9);

    public override string ToString() =>
        Count is { } c
            ? c.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"{Fraction * 100:0}%";
}
