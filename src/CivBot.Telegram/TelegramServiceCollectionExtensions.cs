namespace CivBot.Telegram;

using CivBot.Core.Ports;
using CivBot.Telegram.Api;
using CivBot.Telegram.Receiving;
using CivBot.Telegram.Sending;
using CivBot.Telegram.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// The Telegram channel from section <c>CivBot:Telegram</c> of <paramref name="configuration"/> (the root
    /// configuration): its sender for the outbox, the start-up setup and the poller (idle in webhook mode). Needs an
    /// <see cref="IInboundSink"/>; uses every registered <see cref="IChatMigration"/>.
    /// </summary>
    public static IServiceCollection AddTelegramChannel(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services
            .AddOptions<TelegramOptions>()
            .Bind(configuration.GetSection(TelegramChannel.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        // One process unless the host registers a database lease first (several instances on PostgreSQL).
        services.TryAddSingleton<Core.Ports.ISingletonLease, Core.Ports.SoleInstanceLease>();
        services.TryAddSingleton(_ => TelegramTransport.Sockets());
        services.AddSingleton<TelegramBot>();
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<TelegramSender>());
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<TelegramReadiness>();
        services.AddSingleton<IChannelReadiness>(sp => sp.GetRequiredService<TelegramReadiness>());
        services.AddSingleton<TelegramAdapter>();
        services.AddHostedService<TelegramStartup>();
        services.AddHostedService<TelegramPollingService>();
        return services;
    }

    /// <summary>POST <c>/telegram/webhook</c>. Harmless in polling mode: without a configured secret every call gets 401.</summary>
    public static IEndpointConventionBuilder MapTelegramWebhook(
        this IEndpointRouteBuilder endpoints
    ) => endpoints.MapPost(TelegramWebhook.Path, TelegramWebhook.HandleAsync);
}
