namespace CivBot.Sms.Webhooks;

using System.Security.Cryptography;
using System.Text;

/// <summary>Checks X-Twilio-Signature the way Twilio's own SDKs do (see protocols.md §3.2), in constant time.</summary>
public static class RequestValidator
{
    /// <summary>A form webhook: the URL Twilio requested and every posted parameter.</summary>
    public static bool IsValid(
        string authToken,
        string url,
        IEnumerable<KeyValuePair<string, string>> parameters,
        string? signature
    )
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken))
            return false;
        var list =
            parameters as IReadOnlyCollection<KeyValuePair<string, string>> ?? [.. parameters];
        var valid = false;
        // Every variant is computed and compared (no early exit), so timing says nothing about which one matched.
        foreach (var candidate in UrlVariants.Of(url))
            valid |= SameText(TwilioSignature.Compute(authToken, candidate, list), signature);
        return valid;
    }

    /// <summary>A JSON webhook: the signature covers the URL alone, which carries the body's hash as <c>bodySHA256</c>.</summary>
    public static bool IsValidWithBody(string authToken, string url, string body, string? signature)
    {
        var hash = QueryValue(url, "bodySHA256");
        if (hash is null)
            return false;
        var signed = IsValid(authToken, url, [], signature);
        return SameText(TwilioSignature.BodyHash(body), hash) & signed;
    }

    private static bool SameText(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(expected),
            Encoding.UTF8.GetBytes(actual)
        );

    private static string? QueryValue(string url, string name)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
            return null;
        foreach (var pair in url[(query + 1)..].Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair[..eq] == name)
                return Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return null;
    }
}
