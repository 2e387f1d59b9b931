namespace CivBot.Core.Engine;

/// <summary>
/// A durable timer. <paramref name="Epoch"/> is the loop's epoch when the timer was set: the loop's epoch moves on
/// whenever its phase, vote or roles change, so a timer from an earlier epoch is recognised as stale and ignored.
/// That is how timers are cancelled without touching the database.
/// </summary>
public sealed record TimerSpec(
    DateTimeOffset DueAt,
    TimerKind Kind,
    int Loop,
    int Epoch,
    int Attempt = 0
);
