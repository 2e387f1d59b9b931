namespace CivBot.Discord.Receiving;

using System.Text.Json;
using CivBot.Core.Ports;
using CivBot.Discord.Api;
using CivBot.Discord.Gateway;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Finds the gateway (the configured URL, else <c>GET /gateway/bot</c>, retried with backoff) and runs the session for
/// the life of the host. A close code that forbids reconnecting ends it with an error log; the rest of the host runs on.
/// With several instances only the holder of the <c>discord-gateway</c> lease runs a session (a second one would receive
/// every event twice); the others stand by to take over.
/// </summary>
internal sealed class DiscordGatewayService(
    DiscordRest rest,
    GatewaySession session,
    ISingletonLease lease,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordGatewayService> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var url = string.IsNullOrWhiteSpace(options.Value.GatewayUrl)
            ? await DiscoverAsync(stoppingToken)
            : options.Value.GatewayUrl;
        if (url is null)
            return;
        await lease.RunWhileHeldAsync(
            "discord-gateway",
            async ct =>
            {
                logger.LogInformation("Discord gateway connecting");
                await session.RunAsync(url, ct);
            },
            waiting: () => { },
            lost: name => logger.LogWarning("Discord gateway stopped here: {Lease} was lost", name),
            stoppingToken
        );
    }

    private async Task<string?> DiscoverAsync(CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromSeconds(Math.Max(0.1, options.Value.ReconnectDelaySeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            var response = await rest.SendAsync(
                HttpMethod.Get,
                "/gateway/bot",
                null,
                stoppingToken
            );
            if (
                response.Ok
                && response.Body.ValueKind == JsonValueKind.Object
                && response.Body.TryGetProperty("url", out var url)
                && url.GetString() is { Length: > 0 } found
            )
                return found;
            if (response.Status == 401)
            {
                logger.LogError(
                    "Discord refused the bot token (401 on /gateway/bot): check CivBot:Discord:Token. The Discord channel stays off"
                );
                return null;
            }
            logger.LogWarning(
                "Discord /gateway/bot failed ({Response}); next try in {Wait}",
                response,
                wait
            );
            await Task.Delay(wait, time, stoppingToken);
            wait = TimeSpan.FromSeconds(Math.Min(60, wait.TotalSeconds * 2));
        }
        return null;
    }
}
