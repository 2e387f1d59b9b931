namespace CivBot.Sms.Outbound;

using System.Diagnostics.Metrics;

/// <summary>What SMS costs, as metrics (System.Diagnostics.Metrics, meter "CivBot.Sms"): messages and billed segments.</summary>
internal static class SmsMetrics
{
    private static readonly Meter Meter = Core.Ports.CivBotMeter.Meter;

    public static readonly Counter<long> Messages = Meter.CreateCounter<long>(
        "civbot.sms.messages",
        description: "SMS messages Twilio accepted"
    );

    public static readonly Counter<long> Segments = Meter.CreateCounter<long>(
        "civbot.sms.segments",
        description: "SMS segments sent (what carriers bill), tagged by encoding"
    );
}
