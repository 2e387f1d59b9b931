namespace CivBot.Telegram.Receiving;

using CivBot.Core.Ports;
using CivBot.Telegram.Api;
using global::Telegram.Bot;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Long polling: getUpdates with the offset one past the last update that is durably in the inbox, so a crash or a
/// failed submit means a redelivery (deduped by the inbox), never a loss. Never spins: an empty or failed poll is
/// followed by a pause, and failures back off exponentially. With several instances only the holder of the
/// <c>telegram-polling</c> lease polls (Telegram answers a second poller with 409); the others stand by to take over.
/// </summary>
internal sealed class TelegramPollingService(
    TelegramBot bot,
    TelegramAdapter adapter,
    BotIdentity identity,
    TelegramReadiness readiness,
    ISingletonLease lease,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger
) : BackgroundService
{
    internal static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    // The HTTP wait must outlast the long poll itself, or every quiet poll would look like a timeout.
    private static readonly TimeSpan HttpMargin = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Mode != TelegramMode.Polling)
            return;
        await identity.Ready.WaitAsync(stoppingToken);
        await lease.RunWhileHeldAsync(
            "telegram-polling",
            PollAsync,
            waiting: () => readiness.Set(true, "standing by: another instance polls"),
            lost: name =>
                logger.LogWarning("Telegram polling stopped here: {Lease} was lost", name),
            stoppingToken
        );
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var pollSeconds = options.Value.PollTimeoutSeconds;
        var httpTimeout = TimeSpan.FromSeconds(pollSeconds) + HttpMargin;
        int? offset = null;
        var failures = 0;
        logger.LogInformation("Telegram long polling started");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var request = new RawUpdatesRequest
                {
                    Offset = offset,
                    Timeout = pollSeconds,
                    AllowedUpdates = TelegramBot.AllowedUpdates,
                };
                var response = await bot.CallAsync(
                    "getUpdates",
                    (b, ct) => b.SendRequest(request, ct),
                    httpTimeout,
                    stoppingToken
                );
                if (!response.Ok)
                {
                    failures++;
                    readiness.Set(false, $"getUpdates refused ({response.ErrorCode})");
                    LogRefusal(response);
                    await Task.Delay(
                        response.RetryAfter is { } seconds
                            ? TimeSpan.FromSeconds(seconds)
                            : Backoff(failures),
                        time,
                        stoppingToken
                    );
                    continue;
                }
                failures = 0;
                readiness.Set(true, "polling");
                var handled = 0;
                foreach (var update in response.Result ?? [])
                {
                    if (await adapter.HandleAsync(update, stoppingToken) is { } id)
                        offset = (int)Math.Max(offset ?? 0, id + 1);
                    handled++;
                }
                if (handled == 0)
                    await Task.Delay(Pause, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failures++;
                readiness.Set(false, "getUpdates failing");
                var wait = Backoff(failures);
                logger.LogWarning(
                    "Telegram polling failed ({Reason}); next try in {Wait}",
                    e.Message,
                    wait
                );
                try
                {
                    await Task.Delay(wait, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    private void LogRefusal<T>(TelegramAnswer<T> response)
    {
        if (response.ErrorCode == 409)
            logger.LogError(
                "Telegram refused getUpdates with 409 Conflict ({Description}). Another copy of this bot is polling with "
                    + "the same token, or a webhook is set. Stop the other instance, or run with CivBot:Telegram:Mode=webhook",
                response.Description
            );
        else
            logger.LogWarning(
                "Telegram getUpdates failed: {Code} {Description}",
                response.ErrorCode,
                response.Description
            );
    }

    /// <summary>0.3 s, 0.6 s, 1.2 s ... capped at 30 s.</summary>
    internal static TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(
            Math.Min(
                MaxBackoff.TotalMilliseconds,
                Pause.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 10))
            )
        );
}
