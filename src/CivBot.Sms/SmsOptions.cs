namespace CivBot.Sms;

/// <summary>
/// Section <c>CivBot:Sms</c> (environment: <c>CivBot__Sms__AccountSid</c> and so on). Validated on start.
/// The auth token is a secret: it signs every webhook and authorizes every send, and it is never logged.
/// </summary>
public sealed class SmsOptions
{
    public const string Section = "CivBot:Sms";

    /// <summary>The Twilio account (AC…).</summary>
    public string AccountSid { get; set; } = "";

    public string AuthToken { get; set; } = "";

    /// <summary>The number CivBot texts from (E.164). Either this or <see cref="MessagingServiceSid"/>.</summary>
    public string? FromNumber { get; set; }

    /// <summary>A Messaging Service (MG…) that picks the sending number; wins over <see cref="FromNumber"/>.</summary>
    public string? MessagingServiceSid { get; set; }

    /// <summary>
    /// Scheme and host (and any path prefix a proxy strips) that Twilio calls, e.g. <c>https://civbot.example.org</c>.
    /// Signatures cover the URL Twilio requested, which behind a proxy is not the URL this process sees.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Twilio's REST API; tests point it at a local stub.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>A group every texter joins without a code (a deployment with one group).</summary>
    public string? DefaultGroup { get; set; }

    /// <summary>How long one REST call may take before the send is retried later.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    internal string PublicUrl(string pathAndQuery) => PublicBaseUrl.TrimEnd('/') + pathAndQuery;

    internal string StatusCallbackUrl => PublicUrl(SmsChannel.StatusPath);

    // Options objects end up in debugger views and exception messages: keep the secret out of them.
    public override string ToString() =>
        $"SmsOptions {{ AccountSid = {AccountSid}, PublicBaseUrl = {PublicBaseUrl}, ApiBaseUrl = {ApiBaseUrl} }}";
}
