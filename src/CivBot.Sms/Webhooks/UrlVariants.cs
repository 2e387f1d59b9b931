namespace CivBot.Sms.Webhooks;

/// <summary>
/// The spellings of one URL that Twilio may have signed: with and without the port (both official SDKs accept both:
/// a URL without a port is also tried with :443 / :80, one with a port also without it), and with an apostrophe in the
/// query raw or as %27 (twilio-node re-serializes the query). Host and scheme case are kept: they are signed as typed.
/// </summary>
internal static class UrlVariants
{
    public static IReadOnlyCollection<string> Of(string url)
    {
        var variants = new List<string> { url };
        if (SplitPort(url) is { } parts)
        {
            var (beforePort, port, rest) = parts;
            if (port.Length > 0)
                variants.Add(beforePort + rest);
            else if (DefaultPort(url) is { } standard)
                variants.Add(beforePort + ":" + standard + rest);
        }
        foreach (var v in variants.ToList())
        {
            var query = v.IndexOf('?', StringComparison.Ordinal);
            if (query < 0)
                continue;
            var head = v[..query];
            var tail = v[query..];
            if (tail.Contains('\'', StringComparison.Ordinal))
                variants.Add(head + tail.Replace("'", "%27", StringComparison.Ordinal));
            if (tail.Contains("%27", StringComparison.OrdinalIgnoreCase))
                variants.Add(head + tail.Replace("%27", "'", StringComparison.OrdinalIgnoreCase));
        }
        return variants.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>(everything up to the host, the port digits or "", everything after the authority); null without "://".</summary>
    private static (string BeforePort, string Port, string After)? SplitPort(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
            return null;
        var start = scheme + 3;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        if (end < 0)
            end = url.Length;
        var authority = url[start..end];
        // Credentials (user:pass@) come before the host; an IPv6 host is in brackets.
        var hostStart = authority.LastIndexOf('@') + 1;
        var colon = authority.LastIndexOf(':');
        var bracket = authority.LastIndexOf(']');
        if (
            colon > hostStart
            && colon > bracket
            && colon < authority.Length - 1
            && authority[(colon + 1)..].All(char.IsAsciiDigit)
        )
            return (url[..(start + colon)], authority[(colon + 1)..], url[end..]);
        return (url[..end], "", url[end..]);
    }

    private static string? DefaultPort(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "443"
        : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "80"
        : null;
}
