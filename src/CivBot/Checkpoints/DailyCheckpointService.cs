namespace CivBot.Checkpoints;

using CivBot.Storage.Checkpoints;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>Looks every hour for groups due their daily checkpoint (see <see cref="DailyCheckpoints"/>).</summary>
public sealed class DailyCheckpointService(
    DailyCheckpoints checkpoints,
    TimeProvider time,
    ILogger<DailyCheckpointService> logger
) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    // The first look waits a minute: checkpoints are daily, and a start (readiness, the first webhooks) should not
    // share its first second with reading every group's state.
    private static readonly TimeSpan FirstLook = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstLook, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await checkpoints.PostDueAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Posting daily checkpoints failed; trying again in an hour");
            }
            try
            {
                await Task.Delay(Every, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
