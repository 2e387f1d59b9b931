namespace CivBot.Playground;

/// <summary>
/// The playground's clock: it starts at the real time and only moves forward, by <c>:wait</c> lines, so a week-long
/// loop can be played in a minute. Everything that reads time (engine, timers, outbox backoff) reads this clock.
/// </summary>
public sealed class PlaygroundClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset at)
    {
        if (at > _now)
            _now = at;
    }
}
