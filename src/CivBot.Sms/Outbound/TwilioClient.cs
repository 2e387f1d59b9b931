namespace CivBot.Sms.Outbound;

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

/// <summary>
/// The one Twilio call CivBot makes: create a Message (protocols.md §3.4). Thin on purpose, so an official SDK could
/// replace it; deciding what a result means for the outbox is <see cref="SmsSender"/>'s job.
/// </summary>
public sealed class TwilioClient(IHttpClientFactory http, IOptions<SmsOptions> options)
{
    public const string HttpClientName = "twilio";

    public async Task<TwilioSendResult> SendAsync(
        string to,
        string body,
        CancellationToken cancellationToken
    )
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(
            HttpMethod.Post,
            $"{o.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(o.AccountSid)}/Messages.json"
        );
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{o.AccountSid}:{o.AuthToken}"))
        );
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("To", to),
            new("Body", body),
            new("StatusCallback", o.StatusCallbackUrl),
        };
        fields.Add(
            string.IsNullOrWhiteSpace(o.MessagingServiceSid)
                ? new("From", o.FromNumber!)
                : new("MessagingServiceSid", o.MessagingServiceSid)
        );
        request.Content = new FormUrlEncodedContent(fields);

        HttpResponseMessage response;
        try
        {
            response = await http.CreateClient(HttpClientName)
                .SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return new TwilioSendResult.Transient("network: " + ex.HttpRequestError, null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TwilioSendResult.Transient("timeout", null);
        }
        using (response)
        {
            var json = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return Read(json, "sid") is { } sid
                    ? new TwilioSendResult.Accepted(sid)
                    : new TwilioSendResult.Transient("no sid in Twilio's answer", null);
            }
            // Only the numeric code is kept: Twilio's message text can quote the phone number.
            var code = int.TryParse(
                Read(json, "code"),
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var c
            )
                ? c
                : (int?)null;
            var after = response.Headers.RetryAfter?.Delta;
            return (status, code) switch
            {
                (_, 21610) => new TwilioSendResult.OptedOut(),
                ((int)HttpStatusCode.TooManyRequests, _) or (_, 20429) =>
                    new TwilioSendResult.Transient(
                        $"Twilio {status}/{code}: too many requests",
                        after
                    ),
                (>= 500, _) => new TwilioSendResult.Transient($"Twilio {status}/{code}", after),
                (401 or 403, _) or (_, 20003) => new TwilioSendResult.AuthFailed(status),
                _ => new TwilioSendResult.Rejected(status, code),
            };
        }
    }

    private static string? Read(string json, string property)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (
                doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty(property, out var value)
            )
                return null;
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
