namespace CivBot.Storage.Timers;

using CivBot.Core.Engine;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Storage.Database;
using CivBot.Storage.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

/// <summary>
/// Brings due timers back in as inbound events of their group, through the same pipeline as people's messages. The
/// event's transaction marks the timer fired, so a crash before that commit fires it again, never zero times.
/// </summary>
public sealed class TimerScheduler
{
    /// <summary>The pseudo-channel of timer events; its "chat id" is the group id.</summary>
    public const string TimerChannel = "timer";

    public const string PlatformIdPrefix = "timer:";

    private readonly EventProcessor _processor;
    private readonly IDbContextFactory<CivBotDbContext> _contexts;
    private readonly TimeProvider _time;
    private readonly ILogger<TimerScheduler> _logger;

    internal TimerScheduler(
        EventProcessor processor,
        IDbContextFactory<CivBotDbContext> contexts,
        TimeProvider time,
        ILogger<TimerScheduler> logger
    )
    {
        _processor = processor;
        _contexts = contexts;
        _time = time;
        _logger = logger;
    }

    /// <summary>Fires every due timer, earliest first, each awaited until durable. Returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var now = UnixTime.Ms(_time.GetUtcNow());
        List<TimerEntity> due;
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db
                .Timers.AsNoTracking()
                .Where(t => !t.Fired && t.DueAt <= now)
                .OrderBy(t => t.DueAt)
                .ThenBy(t => t.Id)
                .ToListAsync(cancellationToken);
        }
        foreach (var timer in due)
        {
            var group = new GroupId(timer.GroupId);
            var inbound = new InboundEvent(
                new ChatAddress(TimerChannel, timer.GroupId),
                Sender.System,
                PlatformIdPrefix
                    + timer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new TimerBody(StateJson.DeserializeTimer(timer.SpecJson))
            );
            await _processor.SubmitToGroupAsync(group, inbound, cancellationToken);
            StorageMetrics.TimersFired.Add(1);
        }
        if (due.Count > 0)
            _logger.LogDebug("Fired {Count} timer(s)", due.Count);
        return due.Count;
    }

    /// <summary>When the next unfired timer is due, or null when none is pending.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var next = await db
            .Timers.AsNoTracking()
            .Where(t => !t.Fired)
            .OrderBy(t => t.DueAt)
            .Select(t => (long?)t.DueAt)
            .FirstOrDefaultAsync(cancellationToken);
        return next is { } ms ? UnixTime.At(ms) : null;
    }
}
