namespace CivBot.Discord.Tests.Support;

/// <summary>A scripted REST answer: status, JSON body and extra headers (rate-limit headers, say).</summary>
public sealed record StubAnswer(
    int Status,
    string Body,
    IReadOnlyDictionary<string, string>? Headers = null
)
{
    public static StubAnswer RateLimited(double retryAfter, bool global = false) =>
        new(
            429,
            $"{{\"message\":\"You are being rate limited.\",\"retry_after\":{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)},\"global\":{(global ? "true" : "false")}}}",
            global
                ? new Dictionary<string, string>
                {
                    ["X-RateLimit-Global"] = "true",
                    ["X-RateLimit-Scope"] = "global",
                }
                : null
        );

    public static StubAnswer Error(int status, int code, string message) =>
        new(status, $"{{\"message\":\"{message}\",\"code\":{code}}}");
}
