namespace CivBot.Sms.Webhooks;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// X-Twilio-Signature: Base64(HMAC-SHA1(auth token, URL + each parameter's name and value, names sorted ordinally)).
/// A repeated parameter contributes each distinct value, sorted, as name+value (as twilio-node does).
/// </summary>
public static class TwilioSignature
{
    public static string Compute(
        string authToken,
        string url,
        IEnumerable<KeyValuePair<string, string>> parameters
    )
    {
        var data = new StringBuilder(url);
        foreach (
            var group in parameters
                .GroupBy(p => p.Key, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
        )
        {
            foreach (
                var value in group
                    .Select(p => p.Value)
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
            )
                data.Append(group.Key).Append(value);
        }
        // SHA-1 is Twilio's choice, not ours: the signature must match what Twilio computes.
#pragma warning disable CA5350
        var mac = HMACSHA1.HashData(
            Encoding.UTF8.GetBytes(authToken),
            Encoding.UTF8.GetBytes(data.ToString())
        );
#pragma warning restore CA5350
        return Convert.ToBase64String(mac);
    }

    /// <summary>Lower-case hex SHA-256 of a raw body, as Twilio puts it in <c>bodySHA256</c> for JSON webhooks.</summary>
    public static string BodyHash(string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
