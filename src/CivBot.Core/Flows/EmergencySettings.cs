namespace CivBot.Core.Flows;

/// <summary>An ask containing one of <paramref name="Keywords"/> (whole words, any case) is also answered with <paramref name="Pointer"/>.</summary>
public sealed record EmergencySettings(IReadOnlyList<string> Keywords, string Pointer);
