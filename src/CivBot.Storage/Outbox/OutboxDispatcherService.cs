namespace CivBot.Storage.Outbox;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// Runs the dispatcher when the pipeline signals new messages, and every second for retries that fell due. On
/// shutdown the round in flight is finished (not cancelled), so nothing is left half-sent by choice.
/// </summary>
public sealed class OutboxDispatcherService(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<OutboxDispatcherService> logger
) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Not the stopping token: a round that started is drained to the end.
                await dispatcher.DispatchDueAsync(CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Dispatching the outbox failed; trying again shortly");
            }
            try
            {
                await signal.WaitAsync(Poll, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
