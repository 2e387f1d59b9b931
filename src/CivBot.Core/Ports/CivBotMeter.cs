namespace CivBot.Core.Ports;

using System.Diagnostics.Metrics;

/// <summary>
/// The one <see cref="Meter"/> every CivBot library records on. Libraries depend only on System.Diagnostics.Metrics;
/// the host decides where the figures go (a Prometheus scrape, OTLP). Durations are in milliseconds.
/// </summary>
public static class CivBotMeter
{
    public const string Name = "CivBot";

    public static readonly Meter Meter = new(Name);

    /// <summary>Histogram bucket bounds (ms) for a webhook answer or an event's commit: sub-ms to a few seconds.</summary>
    public static readonly IReadOnlyList<double> MillisecondBuckets =
    [
        0.5,
        1,
        2,
        5,
        10,
        25,
        50,
        100,
        250,
        500,
        1000,
        2500,
        5000,
    ];

    /// <summary>Webhook requests refused (bad signature, bad secret, malformed body), by channel and reason.</summary>
    public static readonly Counter<long> WebhooksRejected = Meter.CreateCounter<long>(
        "civbot.webhooks.rejected",
        description: "Webhook requests refused, by channel and reason"
    );
}
