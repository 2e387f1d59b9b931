namespace CivBot.Tests.Hostile;

using System.Net.Http.Headers;
using System.Text;
using CivBot.Sms.Webhooks;
using CivBot.Tests.Support;

/// <summary>How the hostile tests talk to the host's webhooks.</summary>
internal static class Requests
{
    public static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public static async Task<int> TelegramAsync(
        WebhookHost host,
        byte[] body,
        string contentType = "application/json",
        string secret = WebhookHost.TelegramSecret
    )
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Url + "/telegram/webhook")
        {
            Content = content,
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        using var response = await Http.SendAsync(request);
        return (int)response.StatusCode;
    }

    public static Task<int> TelegramAsync(WebhookHost host, string json) =>
        TelegramAsync(host, Encoding.UTF8.GetBytes(json));

    public static async Task<int> SmsAsync(
        WebhookHost host,
        byte[] body,
        string contentType = "application/x-www-form-urlencoded",
        string path = "/sms/twilio",
        string? signature = null
    )
    {
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Url + path)
        {
            Content = content,
        };
        if (signature is not null)
            request.Headers.Add("X-Twilio-Signature", signature);
        using var response = await Http.SendAsync(request);
        return (int)response.StatusCode;
    }

    public static Task<int> SmsAsync(WebhookHost host, string form) =>
        SmsAsync(host, Encoding.UTF8.GetBytes(form));

    /// <summary>A form signed the way Twilio signs it, so it passes the check and reaches the pipeline.</summary>
    public static Task<int> SignedSmsAsync(
        WebhookHost host,
        IReadOnlyDictionary<string, string> form
    )
    {
        var url = host.Url + "/sms/twilio";
        var body = string.Join(
            '&',
            form.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value))
        );
        return SmsAsync(
            host,
            Encoding.UTF8.GetBytes(body),
            signature: TwilioSignature.Compute(WebhookHost.AuthToken, url, form)
        );
    }

    public static string Update(
        long id,
        string chatId = "5",
        string text = "/help",
        string userId = "5"
    ) =>
        "{\"update_id\":"
        + id
        + ",\"message\":{\"message_id\":"
        + id
        + ",\"date\":1767225600,\"chat\":{\"id\":"
        + chatId
        + ",\"type\":\"private\",\"first_name\":\"Ann\"},\"from\":{\"id\":"
        + userId
        + ",\"is_bot\":false,\"first_name\":\"Ann\"},\"text\":\""
        + text
        + "\"}}";
}
