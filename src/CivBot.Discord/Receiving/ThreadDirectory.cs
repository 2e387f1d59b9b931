namespace CivBot.Discord.Receiving;

using System.Collections.Concurrent;
using System.Text.Json;

/// <summary>
/// Thread id → parent channel id. A message in a thread names only the thread, yet the loop lives in the parent's
/// group; Discord tells the parents in GUILD_CREATE, THREAD_CREATE and THREAD_LIST_SYNC, and CivBot learns its own.
/// </summary>
internal sealed class ThreadDirectory
{
    private readonly ConcurrentDictionary<string, string> _parents = new(StringComparer.Ordinal);

    public string? ParentOf(string channelId) =>
        _parents.TryGetValue(channelId, out var parent) ? parent : null;

    public void Learn(string threadId, string parentId) => _parents[threadId] = parentId;

    public void Forget(string threadId) => _parents.TryRemove(threadId, out _);

    /// <summary>A channel object or an array of them; only threads (types 10-12) are kept.</summary>
    public void LearnFrom(JsonElement channels)
    {
        if (channels.ValueKind == JsonValueKind.Array)
        {
            foreach (var channel in channels.EnumerateArray())
                LearnFrom(channel);
            return;
        }
        if (
            channels.ValueKind == JsonValueKind.Object
            && channels.TryGetProperty("id", out var id)
            && channels.TryGetProperty("parent_id", out var parent)
            && parent.ValueKind == JsonValueKind.String
            && channels.TryGetProperty("type", out var type)
            && type.TryGetInt32(out var kind)
            && kind is 10 or 11 or 12
        )
            Learn(id.GetString()!, parent.GetString()!);
    }
}
