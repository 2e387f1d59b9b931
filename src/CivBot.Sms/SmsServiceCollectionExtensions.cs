namespace CivBot.Sms;

using CivBot.Core.Ports;
using CivBot.Sms.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

public static class SmsServiceCollectionExtensions
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
                o => o.AccountSid.StartsWith("AC", StringComparison.Ordinal),
                "CivBot:Sms:AccountSid must be a Twilio account SID (AC…)."
            )
            .Validate(
                o => !string.IsNullOrWhiteSpace(o.AuthToken),
                "CivBot:Sms:AuthToken is required (it signs webhooks and authorizes sends)."
            )
            .Validate(
                o =>
                    !string.IsNullOrWhiteSpace(o.FromNumber)
                    || !string.IsNullOrWhiteSpace(o.MessagingServiceSid),
                "Set CivBot:Sms:FromNumber (E.164, e.g. +15005550006) or CivBot:Sms:MessagingServiceSid (MG…)."
            )
            .Validate(
                o => IsHttpUrl(o.PublicBaseUrl),
                "CivBot:Sms:PublicBaseUrl must be the absolute http(s) URL Twilio calls, e.g. https://civbot.example.org."
            )
            .Validate(
                o => IsHttpUrl(o.ApiBaseUrl),
                "CivBot:Sms:ApiBaseUrl must be an absolute http(s) URL."
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
        return services;
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
