namespace CivBot.Sms;

/// <summary>The HTTP answer to a webhook: a status code and, for inbound messages, TwiML.</summary>
public sealed record SmsWebhookResult(int StatusCode, string? TwiML = null);
