namespace CivBot.Hosting;

using CivBot.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The SMS channel (Twilio), enabled when <c>CivBot:Sms:AccountSid</c> is set.</summary>
public sealed class SmsModule : IChannelModule
{
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[SmsOptions.Section + ":AccountSid"]);

    public string Name => SmsChannel.Name;

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddSmsChannel(configuration);

    public void MapEndpoints(WebApplication app) => app.MapSmsEndpoints();
}
