namespace CivBot.Storage.Timers;

/// <summary>A row of <c>timers</c>: a durable timer of one group.</summary>
public sealed class TimerEntity
{
    public long Id { get; set; }
    public required string GroupId { get; set; }
    public long DueAt { get; set; }
    public required string SpecJson { get; set; }
    public bool Fired { get; set; }

    /// <summary>The instance firing this timer now, until <see cref="LeaseUntil"/> (unix ms); see TimerScheduler.</summary>
    public string? ClaimedBy { get; set; }

    public long? LeaseUntil { get; set; }
}
