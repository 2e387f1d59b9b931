namespace CivBot.Core.Flows;

/// <summary>Pins a loop to the exact flow text it began with: id, declared version, and the SHA-256 of the file's content.</summary>
public sealed record FlowRef(string Id, int Version, string Hash)
{
    public override string ToString() => $"{Id} v{Version}";
}
