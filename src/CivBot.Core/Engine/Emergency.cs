namespace CivBot.Core.Engine;

using CivBot.Core.Flows;

/// <summary>Spots asks that look like emergencies, so the emergency pointer is given as well.</summary>
internal static class Emergency
{
    public static bool Matches(EmergencySettings settings, string text)
    {
        var words = text.ToLowerInvariant()
            .Split(
                [' ', ',', '.', '!', '?', ';', ':', '\n', '\t', '(', ')', '"', '\''],
                StringSplitOptions.RemoveEmptyEntries
            );
        return settings.Keywords.Any(k =>
            k.Contains(' ', StringComparison.Ordinal)
                ? text.Contains(k, StringComparison.OrdinalIgnoreCase)
                : words.Contains(k.ToLowerInvariant())
        );
    }
}
