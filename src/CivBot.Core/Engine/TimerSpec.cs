namespace CivBot.Core.Engine;

/// <summary>
/// A durable timer. <paramref name="Epoch"/> is the loop's epoch when the timer was set: the loop's epoch moves on
/// whenever its phase, vote or roles change, so a timer from an earlier epoch is recognised as stale and ignored.
/// That is how timers are cancelled without touching the database.
/// </summary>
/// <param name="Link">For <see cref="TimerKind.LinkRequest"/>: what the other chat sent.</param>
public sealed record TimerSpec(
    DateTimeOffset DueAt,
    TimerKind Kind,
    int Loop,
    int Epoch,
    int Attempt = 0,
    [property: System.Text.Json.Serialization.JsonIgnore(
        Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull
    )]
        LinkNote? Link = null
);
