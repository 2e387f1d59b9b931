namespace CivBot.Core.Engine;

/// <summary>
/// IANA time zones (<c>America/Chicago</c>) by name. The zone rules come from the system's time zone database; the
/// engine stays pure because the instant always comes in as <c>now</c>.
/// </summary>
public static class TimeZones
{
    /// <summary>True when <paramref name="id"/> names a zone this machine knows, e.g. <c>Europe/Berlin</c> or <c>UTC</c>.</summary>
    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (
            string.IsNullOrWhiteSpace(id)
            || id.Length > 64
            || id.Contains("..", StringComparison.Ordinal)
        )
            return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception e)
            when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The zone named, or UTC when the name is missing or unknown.</summary>
    public static TimeZoneInfo OrUtc(string? id) =>
        TryFind(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
