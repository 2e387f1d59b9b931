namespace CivBot.Telegram.Receiving;

using CivBot.Core.Languages;
using CivBot.Telegram.Api;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;
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
    TelegramBot bot,
    BotIdentity identity,
    TelegramReadiness readiness,
    IOptions<TelegramOptions> options,
    Core.Flows.IFlowCatalog flows,
    Core.Engine.EngineOptions engineOptions,
    ILogger<TelegramStartup> logger
) : IHostedService
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var me = await TryCallAsync("getMe", (b, ct) => b.GetMe(ct), cancellationToken);
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
        var username = me is { Ok: true, Result: { } user } ? user.Username : null;
        identity.Set(username);
        logger.LogInformation("Telegram bot @{Username} starting in {Mode} mode", username, o.Mode);

        var delivery =
            o.Mode == TelegramMode.Webhook
                ? await TryCallAsync(
                    "setWebhook",
                    async (b, ct) =>
                    {
                        await b.SetWebhook(
                            o.WebhookUrl!,
                            secretToken: o.WebhookSecret,
                            allowedUpdates: TelegramBot.AllowedUpdates,
                            cancellationToken: ct
                        );
                        return true;
                    },
                    cancellationToken
                )
                : await TryCallAsync(
                    "deleteWebhook",
                    async (b, ct) =>
                    {
                        await b.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct);
                        return true;
                    },
                    cancellationToken
                );
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

        foreach (var (words, code) in BotCommands.Menus(Words.Of(engineOptions.Language)))
            await SetMenuAsync(words, code, cancellationToken);
    }

    private async Task SetMenuAsync(
        Words words,
        string? languageCode,
        CancellationToken cancellationToken
    )
    {
        var menu = BotCommands
            .Menu(words, flows)
            .Select(c => new BotCommand { Command = c.Command, Description = c.Description })
            .ToList();
        var commands = await TryCallAsync(
            "setMyCommands",
            async (b, ct) =>
            {
                await b.SetMyCommands(menu, languageCode: languageCode, cancellationToken: ct);
                return true;
            },
            cancellationToken
        );
        if (commands is not { Ok: true })
            // Only the "/" menu is missing then; typed commands still work.
            logger.LogInformation(
                "Telegram setMyCommands ({Language}) failed ({Description}); continuing without that command menu",
                words.Code,
                commands?.Description ?? "no answer"
            );
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<TelegramAnswer<T>?> TryCallAsync<T>(
        string method,
        Func<ITelegramBotClient, CancellationToken, Task<T>> call,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return await bot.CallAsync(method, call, CallTimeout, cancellationToken);
        }
        catch (Exception e) when (e is TelegramTimeoutException or TelegramTransportException)
        {
            logger.LogWarning("Telegram {Method} at start failed: {Reason}", method, e.Message);
            return null;
        }
    }
}
