namespace CivBot.Telegram.Sending;

/// <summary>
/// Cuts text into parts of at most <see cref="MaxLength"/> characters (Telegram's limit, counted on the text as shown,
/// i.e. before escaping): at the last line break in range, else the last space, else hard — never inside a surrogate pair.
/// </summary>
public static class MessageSplitter
{
    public const int MaxLength = 4096;

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxLength)
    {
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > maxLength)
        {
            var cut = rest.LastIndexOf('\n', maxLength - 1, maxLength);
            if (cut <= 0)
                cut = rest.LastIndexOf(' ', maxLength - 1, maxLength);
            if (cut <= 0)
            {
                cut = maxLength;
                if (char.IsHighSurrogate(rest[cut - 1]))
                    cut--;
            }
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n', ' ');
        }
        if (rest.Length > 0 || parts.Count == 0)
            parts.Add(rest);
        return parts;
    }
}
