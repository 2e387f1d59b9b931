namespace CivBot.Storage.Timers;

using CivBot.Core.Engine;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Storage.Database;
using CivBot.Storage.Pipeline;
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
    private readonly DbConnections _connections;
    private readonly WriteGate _gate;
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TimerScheduler> _logger;

    internal TimerScheduler(
        EventProcessor processor,
        DbConnections connections,
        WriteGate gate,
        StorageOptions options,
        TimeProvider time,
        ILogger<TimerScheduler> logger
    )
    {
        _processor = processor;
        _connections = connections;
        _gate = gate;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>How many due timers one pass claims at most.</summary>
    private const int ClaimBatch = 1000;

    /// <summary>
    /// Fires every due timer this instance could claim, earliest first, each awaited until durable. Returns how many
    /// fired. A timer is claimed (claimed_by, lease_until) so that of several instances one fires it; a claim left by
    /// an instance that died runs out after the lease and the timer is claimed again (and should both fire, the inbox
    /// key <c>timer:&lt;id&gt;</c> keeps it to once).
    /// </summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var at = _time.GetUtcNow();
        var now = UnixTime.Ms(at);
        var me = _options.InstanceId;
        await ClaimDueAsync(now, UnixTime.Ms(at + _options.ClaimLease), cancellationToken);
        var due = await ClaimedDueAsync(now, me, cancellationToken);
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

    private async Task ClaimDueAsync(long now, long until, CancellationToken cancellationToken)
    {
        var postgres = _connections.Provider == StorageProvider.Postgres;
        using var _ = await _gate.EnterAsync(cancellationToken);
        await using var connection = await _connections.ConnectAsync(cancellationToken);
        await using var claim = Sql.Command(
                connection,
                "UPDATE timers SET claimed_by = @me, lease_until = @until WHERE id IN ("
                    + "SELECT id FROM timers WHERE fired = FALSE AND due_at <= @now "
                    + "AND (claimed_by IS NULL OR claimed_by = @me OR lease_until < @now) "
                    + "ORDER BY due_at, id LIMIT @n"
                    + (postgres ? " FOR UPDATE SKIP LOCKED" : "")
                    + ")"
            )
            .With("me", _options.InstanceId)
            .With("until", until)
            .With("now", now)
            .With("n", ClaimBatch);
        await claim.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>When the next unfired timer is due, or null when none is pending.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.ConnectAsync(cancellationToken);
        await using var next = Sql.Command(
            connection,
            "SELECT min(due_at) FROM timers WHERE fired = FALSE"
        );
        return await next.ExecuteScalarAsync(cancellationToken) is long ms ? UnixTime.At(ms) : null;
    }

    // Plain SQL (like the claim), so polling timers never builds EF Core's model: the host is ready sooner.
    private async Task<List<TimerEntity>> ClaimedDueAsync(
        long now,
        string me,
        CancellationToken cancellationToken
    )
    {
        var due = new List<TimerEntity>();
        await using var connection = await _connections.ConnectAsync(cancellationToken);
        await using var select = Sql.Command(
                connection,
                "SELECT id, group_id, spec_json FROM timers "
                    + "WHERE fired = FALSE AND due_at <= @now AND claimed_by = @me ORDER BY due_at, id"
            )
            .With("now", now)
            .With("me", me);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            due.Add(
                new TimerEntity
                {
                    Id = reader.GetInt64(0),
                    GroupId = reader.GetString(1),
                    SpecJson = reader.GetString(2),
                }
            );
        return due;
    }
}
