namespace CivBot.Storage.Groups;

/// <summary>A row of <c>groups</c>: the group's engine state as one JSON document.</summary>
public sealed class GroupEntity
{
    public required string Id { get; set; }
    public required string StateJson { get; set; }
    public long Version { get; set; }
    public long UpdatedAt { get; set; }
}
