namespace CivBot.Testing;

/// <summary>
/// A clock that moves only when the test moves it. With <see cref="ControlsTimers"/> its timers (timeouts, delays made
/// through it) fire only when <see cref="Advance"/> passes their due time; otherwise they run on real time.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)) { }

    /// <summary>Timers wait for <see cref="Advance"/> instead of real time.</summary>
    public bool ControlsTimers { get; init; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_timers)
            return _now;
    }

    public void Advance(TimeSpan by) => SetTo(GetUtcNow() + by);

    /// <summary>True once something waits on this clock for <paramref name="at"/> (with <see cref="ControlsTimers"/>).</summary>
    public bool HasTimerDueAt(DateTimeOffset at)
    {
        lock (_timers)
            return _timers.Any(t => t.DueAt == at);
    }

    public void SetTo(DateTimeOffset at)
    {
        List<ManualTimer> due;
        lock (_timers)
        {
            _now = at;
            due = [.. _timers.Where(t => t.DueAt <= at)];
        }
        foreach (var timer in due)
            timer.Fire();
    }

    public override ITimer CreateTimer(
        TimerCallback callback,
        object? state,
        TimeSpan dueTime,
        TimeSpan period
    )
    {
        if (!ControlsTimers)
            return base.CreateTimer(callback, state, dueTime, period);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ManualTimer(
        ManualTimeProvider clock,
        TimerCallback callback,
        object? state
    ) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._timers)
            {
                clock._timers.Remove(this);
                _period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                    return true;
                DueAt = clock._now + dueTime;
                clock._timers.Add(this);
            }
            if (dueTime == TimeSpan.Zero)
                Fire();
            return true;
        }

        public void Fire()
        {
            lock (clock._timers)
            {
                if (!clock._timers.Remove(this))
                    return;
                if (_period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
                {
                    DueAt += _period;
                    clock._timers.Add(this);
                }
            }
            callback(state);
        }

        public void Dispose()
        {
            lock (clock._timers)
                clock._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
