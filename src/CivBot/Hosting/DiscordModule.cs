namespace CivBot.Hosting;

using CivBot.Discord;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Discord, enabled by <c>CivBot:Discord:Token</c>. A gateway client: it serves no endpoint.</summary>
public sealed class DiscordModule : IChannelModule
{
    public string Name => DiscordChannel.Name;

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{DiscordChannel.Section}:Token"]);

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddDiscordChannel(configuration);

    public void MapEndpoints(WebApplication app) { }
}
