namespace CivBot.Core.Languages;

/// <summary>
/// A point in time as a message shows it: the instant, the engine's <c>now</c> and the group's zone. The catalogue
/// formats it in the reader's language ("in 2d (Fri 17:00)", "en 2d (vie 17:00)").
/// </summary>
public readonly record struct Moment(DateTimeOffset At, DateTimeOffset Now, TimeZoneInfo Zone)
{
    public bool Passed => At <= Now;
}
