namespace CivBot.Sms;

using CivBot.Core.Ports;
using CivBot.Sms.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

public static partial class SmsServiceCollectionExtensions
{
    /// <summary>
    /// The SMS channel: options from <c>CivBot:Sms</c> (validated on start), the Twilio REST client, the outbox sender
    /// ("sms") and the webhook adapter. Storage provides <see cref="IInboundSink"/>, <see cref="IContactConsent"/> and
    /// <see cref="IDeliveryReports"/>.
    /// </summary>
    public static IServiceCollection AddSmsChannel(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services
            .AddOptions<SmsOptions>()
            .Bind(configuration.GetSection(SmsOptions.Section))
            .Validate(
                o => AccountSidShape().IsMatch(o.AccountSid),
                "CivBot:Sms:AccountSid is not a Twilio Account SID (AC and 32 hex digits, on the Twilio console's home page); e.g. CivBot__Sms__AccountSid=AC0123456789abcdef0123456789abcdef"
            )
            .Validate(
                o => !string.IsNullOrWhiteSpace(o.AuthToken),
                "CivBot:Sms:AuthToken is missing (it signs webhooks and authorizes sends; beside the Account SID on the Twilio console); e.g. CivBot__Sms__AuthToken=<your auth token>"
            )
            .Validate(
                o =>
                    !string.IsNullOrWhiteSpace(o.FromNumber)
                    || !string.IsNullOrWhiteSpace(o.MessagingServiceSid),
                "CivBot:Sms:FromNumber is missing (or set CivBot:Sms:MessagingServiceSid, MG...); e.g. CivBot__Sms__FromNumber=+15005550006"
            )
            .Validate(
                o => IsHttpUrl(o.PublicBaseUrl),
                "CivBot:Sms:PublicBaseUrl is not the absolute http(s) URL Twilio calls; e.g. CivBot__Sms__PublicBaseUrl=https://civbot.example.org"
            )
            .Validate(
                o => IsHttpUrl(o.ApiBaseUrl),
                "CivBot:Sms:ApiBaseUrl is not an absolute http(s) URL; e.g. CivBot__Sms__ApiBaseUrl=https://api.twilio.com"
            )
            .ValidateOnStart();

        services.AddHttpClient(
            TwilioClient.HttpClientName,
            (sp, client) =>
                client.Timeout = sp.GetRequiredService<IOptions<SmsOptions>>().Value.SendTimeout
        );
        services.AddSingleton<TwilioClient>();
        services.AddSingleton<SmsSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<SmsSender>());
        services.AddSingleton<SmsAdapter>();
        services.AddSingleton<IChannelReadiness, SmsReadiness>();
        return services;
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [System.Text.RegularExpressions.GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial System.Text.RegularExpressions.Regex AccountSidShape();
}
