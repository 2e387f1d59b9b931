namespace CivBot.Sms;

/// <summary>One webhook request as the adapter needs it: where Twilio sent it, what it posted, and its signature.</summary>
/// <param name="PathAndQuery">The request's path and query string as received (Twilio signs them with the public base URL).</param>
/// <param name="Form">Every posted field, repeated ones included: the signature covers all of them.</param>
public sealed record SmsWebhook(
    string PathAndQuery,
    IReadOnlyList<KeyValuePair<string, string>> Form,
    string? Signature
)
{
    /// <summary>The first value of each field.</summary>
    public IReadOnlyDictionary<string, string> Fields =>
        Form.GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
}
