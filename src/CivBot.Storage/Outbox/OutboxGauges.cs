namespace CivBot.Storage.Outbox;

using System.Diagnostics.Metrics;
using CivBot.Core.Ports;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

/// <summary>
/// The outbox's backlog as gauges, read from the database when they are collected (at most once a second): how many
/// messages wait, and how long the oldest has waited. Made on a meter of the host's <see cref="IMeterFactory"/>, so
/// they end with the host. A read that fails (the database busy or gone for a moment) keeps the last figures in the
/// scrape and is logged: a gauge that threw would vanish from the scrape, and a dashboard would read that as no backlog.
/// </summary>
public sealed class OutboxGauges
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(1);

    private readonly IDbContextFactory<CivBotDbContext> _contexts;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxGauges> _logger;
    private readonly Lock _lock = new();
    private (DateTimeOffset At, long Pending, double OldestSeconds) _last = (
        DateTimeOffset.MinValue,
        0,
        0
    );

    public OutboxGauges(
        IMeterFactory meters,
        IDbContextFactory<CivBotDbContext> contexts,
        TimeProvider time,
        ILogger<OutboxGauges> logger
    )
    {
        _contexts = contexts;
        _time = time;
        _logger = logger;
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
            long count;
            long? oldest;
            try
            {
                using var db = _contexts.CreateDbContext();
                var pending = db.Outbox.AsNoTracking().Where(o => o.Status == OutboxStatus.Pending);
                count = pending.LongCount();
                // Null when the last pending row was sent between the two reads.
                oldest = count == 0 ? null : pending.Min(o => (long?)o.CreatedAt);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _logger.LogWarning(
                    e,
                    "Could not read the outbox backlog; the gauges keep their last figures."
                );
                return _last;
            }
            var age = oldest is { } ms
                ? Math.Max(0, (now - DateTimeOffset.FromUnixTimeMilliseconds(ms)).TotalSeconds)
                : 0;
            _last = (now, count, age);
            return _last;
        }
    }
}
