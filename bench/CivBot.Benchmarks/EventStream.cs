namespace CivBot.Benchmarks;

using System.Diagnostics;
using Microsoft.Data.Sqlite;

/// <summary>A stream of chat events through the engine and the store, as a busy deployment would see it.</summary>
internal static class EventStream
{
    /// <param name="CpuUs">This process's CPU time per event while streaming (every thread: workers, writer, producer).</param>
    public sealed record Result(
        double PerSecond,
        double ReceiptsPerEvent,
        double OutboxPerEvent,
        double CpuUs
    );

    public static async Task<Result> RunAsync(string path, int events, int groups)
    {
        await using var bot = await Bot.StartAsync(path);
        await bot.SetUpAsync(groups);
        var (receipts0, outbox0) = await CountAsync(path);
        await PushAsync(bot, events / 10, groups); // warm-up
        var (receipts1, outbox1) = await CountAsync(path);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        await PushAsync(bot, events, groups);
        var elapsed = sw.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var (receipts2, outbox2) = await CountAsync(path);
        _ = (receipts0, outbox0);
        return new Result(
            events / elapsed.TotalSeconds,
            (receipts2 - receipts1) / (double)events,
            (outbox2 - outbox1) / (double)events,
            cpu.TotalMicroseconds / events
        );
    }

    /// <summary>
    /// A continuous stream: a new event is submitted as soon as one of the at most <c>inFlight</c> outstanding ones
    /// completes, like webhooks each awaiting their 200. (Bursts that wait for the whole burst would let the pipeline
    /// drain to empty at every tail, which is not what a stream looks like.)
    /// </summary>
    private static Task PushAsync(Bot bot, int events, int groups) =>
        PushAsync([bot], events, groups);

    /// <summary>
    /// The same stream spread over several instances: round-robin, as a reverse proxy spreads webhooks, or
    /// <paramref name="byGroup"/> (each group's events to one instance, as a proxy hashing on the chat would).
    /// </summary>
    public static async Task PushAsync(
        IReadOnlyList<Bot> bots,
        int events,
        int groups,
        bool byGroup = false
    )
    {
        await Window.RunAsync(
            events,
            1024,
            i =>
            {
                var who = (i / groups % 4) switch
                {
                    0 => "dan",
                    1 => "eve",
                    2 => "fay",
                    _ => "ann",
                };
                var bot = bots[(byGroup ? i % groups : i) % bots.Count];
                return bot.Sink.SubmitAsync(
                    bot.Says(i % groups, who, $"/add note {i}: the clinic closes at 5pm"),
                    CancellationToken.None
                );
            }
        );
    }

    public static async Task<double> RunOneAtATimeAsync(string path, int events)
    {
        await using var bot = await Bot.StartAsync(path);
        await bot.SetUpAsync(1);
        for (var i = 0; i < events / 10; i++)
            await bot.Sink.SubmitAsync(
                bot.Says(0, "eve", $"/add warm-up {i}"),
                CancellationToken.None
            );
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < events; i++)
            await bot.Sink.SubmitAsync(
                bot.Says(0, "eve", $"/add note {i}"),
                CancellationToken.None
            );
        return events / sw.Elapsed.TotalSeconds;
    }

    public static async Task<(long Receipts, long Outbox)> CountAsync(string path)
    {
        await using var c = new SqliteConnection($"Data Source={path}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT (SELECT COUNT(*) FROM receipts), (SELECT COUNT(*) FROM outbox)";
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        return (r.GetInt64(0), r.GetInt64(1));
    }
}
