namespace CivBot.Storage;

using System.Diagnostics;
using System.Diagnostics.Metrics;
using CivBot.Core.Ports;

/// <summary>What the storage pipeline counts: events in, messages out, timers fired. See <see cref="CivBotMeter"/>.</summary>
internal static class StorageMetrics
{
    public static readonly Counter<long> Events = CivBotMeter.Meter.CreateCounter<long>(
        "civbot.events",
        description: "Inbound events by channel and outcome (processed, duplicate, failed, unrouted)"
    );

    public static readonly Histogram<double> EventLatency =
        CivBotMeter.Meter.CreateHistogram<double>(
            "civbot.event.latency",
            unit: "ms",
            description: "From an event's submission to its commit",
            advice: new InstrumentAdvice<double>
            {
                HistogramBucketBoundaries = CivBotMeter.MillisecondBuckets,
            }
        );

    public static readonly Counter<long> Sends = CivBotMeter.Meter.CreateCounter<long>(
        "civbot.sends",
        description: "Send attempts by channel and result (sent, retry, undeliverable)"
    );

    public static readonly Counter<long> TimersFired = CivBotMeter.Meter.CreateCounter<long>(
        "civbot.timers.fired",
        description: "Phase timers and reminders fired"
    );

    public static void Event(string channel, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "channel", channel }, { "outcome", outcome } };
        Events.Add(1, tags);
        EventLatency.Record(elapsed.TotalMilliseconds, new TagList { { "channel", channel } });
    }

    public static void Send(string channel, SendResult result) =>
        Sends.Add(
            1,
            new TagList
            {
                { "channel", channel },
                {
                    "result",
                    result switch
                    {
                        Sent => "sent",
                        RetryLater => "retry",
                        _ => "undeliverable",
                    }
                },
            }
        );
}
