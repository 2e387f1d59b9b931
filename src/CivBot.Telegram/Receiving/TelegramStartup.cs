namespace CivBot.Telegram.Receiving;

using System.Text.Json;
using CivBot.Telegram.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// At start: learn the bot's username, make Telegram's delivery match the configured mode (set the webhook with its
/// secret, or delete it so getUpdates is allowed) and register the command menu. Each call is bounded, and a failure is
/// logged rather than fatal: the bot can still work, and the log says what to fix. The exception is a token Telegram
/// refuses: nothing could ever work, so start-up stops.
/// </summary>
internal sealed class TelegramStartup(
    TelegramClient client,
    BotIdentity identity,
    TelegramReadiness readiness,
    IOptions<TelegramOptions> options,
    Core.Flows.IFlowCatalog flows,
    ILogger<TelegramStartup> logger
) : IHostedService
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        string? username = null;
        var me = await TryCallAsync("getMe", BotApi.Empty(), cancellationToken);
        if (me is { Ok: false, ErrorCode: 401 or 404 })
            // Telegram answers 401 (or 404 for a token of the wrong shape) to a token it does not know: retrying
            // cannot help, so start-up stops and says which setting to fix.
            throw new OptionsValidationException(
                "CivBot:Telegram:Token",
                typeof(TelegramOptions),
                [
                    $"CivBot:Telegram:Token was refused by Telegram ({me.ErrorCode} {me.Description}); copy the token @BotFather gave you, e.g. CivBot__Telegram__Token=123456789:AAH...",
                ]
            );
        if (
            me is { Ok: true, Result.ValueKind: JsonValueKind.Object }
            && me.Result.TryGetProperty("username", out var name)
        )
            username = name.GetString();
        identity.Set(username);
        logger.LogInformation("Telegram bot @{Username} starting in {Mode} mode", username, o.Mode);

        var delivery =
            o.Mode == TelegramMode.Webhook
                ? await TryCallAsync(
                    "setWebhook",
                    BotApi.SetWebhook(o.WebhookUrl!, o.WebhookSecret!),
                    cancellationToken
                )
                : await TryCallAsync("deleteWebhook", BotApi.DeleteWebhook(), cancellationToken);
        if (o.Mode == TelegramMode.Webhook)
            readiness.Set(
                delivery is { Ok: true },
                delivery is { Ok: true } ? "webhook set" : "webhook not accepted"
            );
        if (delivery is not { Ok: true })
            logger.LogError(
                "Telegram did not accept the {Mode} setup ({Description}); updates may not arrive until it does",
                o.Mode,
                delivery?.Description ?? "no answer"
            );

        var commands = await TryCallAsync(
            "setMyCommands",
            BotApi.SetMyCommands(BotCommands.With(flows)),
            cancellationToken
        );
        if (commands is not { Ok: true })
            // Only the "/" menu is missing then; typed commands still work.
            logger.LogInformation(
                "Telegram setMyCommands failed ({Description}); continuing without the command menu",
                commands?.Description ?? "no answer"
            );
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<TelegramResponse?> TryCallAsync(
        string method,
        System.Text.Json.Nodes.JsonObject parameters,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return await client.CallAsync(method, parameters, CallTimeout, cancellationToken);
        }
        catch (Exception e) when (e is TelegramTimeoutException or TelegramTransportException)
        {
            logger.LogWarning("Telegram {Method} at start failed: {Reason}", method, e.Message);
            return null;
        }
    }
}
