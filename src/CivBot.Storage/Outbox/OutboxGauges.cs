namespace CivBot.Storage.Outbox;

using System.Diagnostics.Metrics;
using CivBot.Core.Ports;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The outbox's backlog as gauges, read from the database when they are collected (at most once a second): how many
/// messages wait, and how long the oldest has waited. Made on a meter of the host's <see cref="IMeterFactory"/>, so
/// they end with the host.
/// </summary>
public sealed class OutboxGauges
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(1);

    private readonly IDbContextFactory<CivBotDbContext> _contexts;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private (DateTimeOffset At, long Pending, double OldestSeconds) _last = (
        DateTimeOffset.MinValue,
        0,
        0
    );

    public OutboxGauges(
        IMeterFactory meters,
        IDbContextFactory<CivBotDbContext> contexts,
        TimeProvider time
    )
    {
        _contexts = contexts;
        _time = time;
        var meter = meters.Create(CivBotMeter.Name);
        meter.CreateObservableGauge(
            "civbot.outbox.pending",
            () => Read().Pending,
            description: "Messages waiting to be sent"
        );
        meter.CreateObservableGauge(
            "civbot.outbox.oldest_pending_age",
            () => Read().OldestSeconds,
            unit: "s",
            description: "How long the oldest waiting message has waited"
        );
    }

    private (DateTimeOffset At, long Pending, double OldestSeconds) Read()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (now - _last.At < Fresh)
                return _last;
            using var db = _contexts.CreateDbContext();
            var pending = db.Outbox.AsNoTracking().Where(o => o.Status == OutboxStatus.Pending);
            var count = pending.LongCount();
            var oldest = count == 0 ? (long?)null : pending.Min(o => o.CreatedAt);
            var age = oldest is { } ms
                ? Math.Max(0, (now - DateTimeOffset.FromUnixTimeMilliseconds(ms)).TotalSeconds)
                : 0;
            _last = (now, count, age);
            return _last;
        }
    }
}
