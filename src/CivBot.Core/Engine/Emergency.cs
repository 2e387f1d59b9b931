namespace CivBot.Core.Engine;

using CivBot.Core.Flows;

/// <summary>Spots asks that look like emergencies, so the emergency pointer is given as well.</summary>
internal static class Emergency
{
    private static readonly char[] Separators =
    [
        ' ',
        ',',
        '.',
        '!',
        '?',
        ';',
        ':',
        '\n',
        '\t',
        '(',
        ')',
        '"',
        '\'',
    ];

    // What follows a house number: "112 Main St", "999 Oak Ave". An emergency number is never followed by these.
    private static readonly HashSet<string> StreetWords =
    [
        "st",
        "street",
        "ave",
        "avenue",
        "rd",
        "road",
        "blvd",
        "boulevard",
        "ln",
        "lane",
        "dr",
        "drive",
        "way",
        "ct",
        "court",
        "pl",
        "place",
        "hwy",
        "highway",
        "sq",
        "square",
        "terrace",
        "cres",
        "crescent",
        "close",
        "pkwy",
        "parkway",
        "cir",
        "circle",
    ];

    // Words before a number that make it an address, a room or an amount rather than a call.
    private static readonly HashSet<string> NotACallBefore =
    [
        "from",
        "at",
        "to",
        "on",
        "room",
        "apt",
        "unit",
        "suite",
        "no",
        "number",
        "#",
        "bus",
        "route",
        "page",
    ];

    public static bool Matches(EmergencySettings settings, string text)
    {
        var words = Privacy
            .PhoneNumbers.FoldDigits(text)
            .ToLowerInvariant()
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        foreach (var keyword in settings.Keywords)
        {
            var k = keyword.ToLowerInvariant();
            if (k.Contains(' ', StringComparison.Ordinal))
            {
                if (text.Contains(k, StringComparison.OrdinalIgnoreCase))
                    return true;
                continue;
            }
            var isNumber = k.All(char.IsAsciiDigit);
            for (var i = 0; i < words.Length; i++)
            {
                if (words[i] != k)
                    continue;
                if (!isNumber || UsedAsNumber(words, i, text))
                    return true;
            }
        }
        return false;
    }

    /// <summary>"call 911", "112!", "dial 999 now" — not "from 112 Main St" or "999 Oak Ave".</summary>
    private static bool UsedAsNumber(string[] words, int i, string text)
    {
        for (var j = i + 1; j <= i + 3 && j < words.Length; j++)
        {
            if (StreetWords.Contains(words[j]))
                return false;
        }
        if (i > 0 && NotACallBefore.Contains(words[i - 1]))
            return false;
        // A capitalised word right after the number reads as a street name ("999 Oak"), unless the text shouts.
        var next = NextWordAfter(text, i);
        return next is null || !(char.IsUpper(next[0]) && next.Skip(1).Any(char.IsLower));
    }

    private static string? NextWordAfter(string text, int occurrence)
    {
        // Find the original-case word that follows the number's occurrence (the split above lowercased everything).
        var original = Privacy
            .PhoneNumbers.FoldDigits(text)
            .Split(Separators, StringSplitOptions.None);
        var seen = -1;
        for (var j = 0; j < original.Length; j++)
        {
            if (original[j].Length == 0)
                continue;
            seen++;
            if (seen != occurrence)
                continue;
            for (var k = j + 1; k < original.Length; k++)
            {
                if (original[k].Length > 0)
                    return k == j + 1 ? original[k] : null;
            }
            return null;
        }
        return null;
    }
}
