namespace CivBot.Storage.Outbox;

using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// One loop per channel, so an outage, a 429 or a slow answer on one platform never holds back another. Each loop
/// keeps up to <see cref="OutboxDispatcher.ChatsInParallel"/> chats in flight, each sent in order by its own task, and
/// looks for more work when the pipeline signals new messages, when a chat finishes, and every second for retries that
/// fell due. A chat's turn is one message: then the chat whose oldest message is oldest goes next, so chats take turns
/// (a broadcast reaches every chat at the pace of the platform's overall limit, and a chat with a long backlog, paced
/// by its own per-chat limit, never holds a place others could use). On shutdown the chats in flight are finished (not
/// cancelled), so nothing is left half-sent by choice.
/// </summary>
public sealed class OutboxDispatcherService(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<OutboxDispatcherService> logger
) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    // Messages a chat sends in one turn before the next chat in line.
    private const int RowsPerTurn = 1;

    // A look reads every chat's head. Under load commits signal new messages hundreds of times a second (and chats
    // finish about as often), so looks are at least this far apart: one look then serves all of them. Real time, not
    // the TimeProvider: it guards the CPU and schedules nothing (due times stay on the TimeProvider).
    internal static readonly TimeSpan LookGap = TimeSpan.FromMilliseconds(20);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(dispatcher.Channels.Select(c => RunChannelAsync(c, stoppingToken)));

    private async Task RunChannelAsync(string channel, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var running = new Dictionary<string, Task>(StringComparer.Ordinal);
        var lastLook = 0L;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            foreach (var done in running.Where(r => r.Value.IsCompleted).ToList())
                running.Remove(done.Key);
            var free = dispatcher.ChatsInParallel - running.Count;
            if (free > 0)
            {
                try
                {
                    if (
                        lastLook != 0
                        && Stopwatch.GetElapsedTime(lastLook) is var since
                        && since < LookGap
                    )
                        await Task.Delay(LookGap - since, stoppingToken);
                    lastLook = Stopwatch.GetTimestamp();
                    foreach (
                        var chat in await dispatcher.DueChatsAsync(channel, free, stoppingToken)
                    )
                    {
                        if (!running.ContainsKey(chat.ChatId))
                            running[chat.ChatId] = SendChatAsync(chat);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex)
                {
                    logger.LogError(
                        ex,
                        "Looking for due {Channel} messages failed; trying again shortly",
                        channel
                    );
                }
            }
            var waits = new List<Task> { wake, Task.Delay(Poll, time, stoppingToken) };
            if (running.Count > 0)
                waits.Add(Task.WhenAny(running.Values));
            await Task.WhenAny(waits);
        }
        // The chats in flight finish what they started.
        await Task.WhenAll(running.Values);
    }

    private async Task SendChatAsync(DueChat chat)
    {
        await Task.Yield();
        try
        {
            // Not the stopping token: a chat that started is drained to the end.
            await dispatcher.DispatchChatAsync(chat, CancellationToken.None, RowsPerTurn);
        }
        catch (Exception ex)
        {
            logger.LogError(
                ex,
                "Dispatching outbox messages on {Channel} failed; trying again shortly",
                chat.Channel
            );
            // The chat stays claimed by this loop for a moment, so a failing database is not retried in a tight loop.
            await Task.Delay(Poll, time);
        }
    }
}
