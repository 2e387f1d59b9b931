namespace CivBot.Sms.Outbound;

/// <summary>Twilio takes at most 1,600 characters per message; longer texts go as several, split at a line or a space.</summary>
public static class SmsSplitter
{
    public const int MaxLength = 1600;

    public static IReadOnlyList<string> Split(string text, int max = MaxLength)
    {
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            if (cut < max / 2)
                cut = rest.LastIndexOf(' ', max - 1);
            if (cut < max / 2)
                cut = max;
            // Never cut between the two halves of a surrogate pair (an emoji).
            if (char.IsHighSurrogate(rest[cut - 1]))
                cut--;
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0)
            parts.Add(rest);
        return parts;
    }
}
