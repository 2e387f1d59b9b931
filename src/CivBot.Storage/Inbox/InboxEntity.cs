namespace CivBot.Storage.Inbox;

/// <summary>A row of <c>inbox</c>: the dedupe mark of one inbound event.</summary>
public sealed class InboxEntity
{
    public required string Channel { get; set; }
    public required string PlatformId { get; set; }
    public string? GroupId { get; set; }
    public long ReceivedAt { get; set; }
    public required string Status { get; set; }

    /// <summary>Why an event was refused (status <c>refused</c>); null otherwise.</summary>
    public string? Reason { get; set; }
}
