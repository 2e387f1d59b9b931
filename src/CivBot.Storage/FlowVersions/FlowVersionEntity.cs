namespace CivBot.Storage.FlowVersions;

/// <summary>A row of <c>flow_versions</c>: one flow text ever loaded, by content hash.</summary>
public sealed class FlowVersionEntity
{
    public required string Hash { get; set; }
    public required string FlowId { get; set; }
    public int Version { get; set; }
    public required string File { get; set; }
    public required string Yaml { get; set; }
    public long FirstSeen { get; set; }
}
