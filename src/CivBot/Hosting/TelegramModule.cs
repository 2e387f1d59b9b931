namespace CivBot.Hosting;

using CivBot.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Telegram, enabled by <c>CivBot:Telegram:Token</c>.</summary>
public sealed class TelegramModule : IChannelModule
{
    public string Name => TelegramChannel.Name;

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{TelegramChannel.Section}:Token"]);

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddTelegramChannel(configuration);

    public void MapEndpoints(WebApplication app) => app.MapTelegramWebhook();
}
