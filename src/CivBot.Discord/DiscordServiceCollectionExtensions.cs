namespace CivBot.Discord;

using CivBot.Core.Ports;
using CivBot.Discord.Api;
using CivBot.Discord.Gateway;
using CivBot.Discord.Receiving;
using CivBot.Discord.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// The Discord channel from section <c>CivBot:Discord</c> of <paramref name="configuration"/> (the root configuration):
    /// its sender for the outbox and the gateway session. Needs an <see cref="IInboundSink"/>. No endpoint: everything,
    /// interactions included, arrives over the gateway.
    /// </summary>
    public static IServiceCollection AddDiscordChannel(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services
            .AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordChannel.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        // One process unless the host registers a database lease first (several instances on PostgreSQL).
        services.TryAddSingleton<Core.Ports.ISingletonLease, Core.Ports.SoleInstanceLease>();
        services.TryAddSingleton<GatewayTiming>();
        services.AddSingleton<RateLimits>();
        services.AddSingleton<DiscordRest>();
        services.AddSingleton<DirectChannels>();
        services.AddSingleton<PrivateAnswers>();
        services.AddSingleton<KnownMembers>();
        services.AddSingleton<DiscordSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<DiscordSender>());
        services.AddSingleton<BotUser>();
        services.AddSingleton<ThreadDirectory>();
        services.AddSingleton<LoopThreads>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<CommandRegistration>();
        services.AddSingleton<DiscordAdapter>();
        services.AddSingleton<IGatewayEvents>(sp => sp.GetRequiredService<DiscordAdapter>());
        services.AddSingleton<GatewaySession>();
        services.AddSingleton<IChannelReadiness, Gateway.DiscordReadiness>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }
}
