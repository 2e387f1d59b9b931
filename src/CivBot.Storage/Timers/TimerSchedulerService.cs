namespace CivBot.Storage.Timers;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>Fires due timers: polls every second, or sooner when the next timer is due sooner.</summary>
public sealed class TimerSchedulerService(
    TimerScheduler scheduler,
    TimeProvider time,
    ILogger<TimerSchedulerService> logger
) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first pass runs off the host's start, so the webhooks and /readyz come up without waiting for it.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Poll;
            try
            {
                await scheduler.FireDueAsync(stoppingToken);
                if (await scheduler.NextDueAsync(stoppingToken) is { } next)
                {
                    var until = next - time.GetUtcNow();
                    wait =
                        until < TimeSpan.Zero ? TimeSpan.Zero
                        : until < Poll ? until
                        : Poll;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Firing timers failed; trying again shortly");
            }
            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
