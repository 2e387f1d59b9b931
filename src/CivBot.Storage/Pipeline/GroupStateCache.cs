namespace CivBot.Storage.Pipeline;

using System.Collections.Concurrent;
using CivBot.Core.Model;

/// <summary>
/// The committed states of the groups used most recently, so an active group's worker runs the engine without reading
/// the database. Bounded: past <see cref="Capacity"/> groups, the least recently used tenth is dropped (a dropped
/// group's state is read from the database at its next event), so a deployment with many quiet groups does not keep
/// them all in memory. Only the single writer stores and drops; group workers read side by side.
/// </summary>
internal sealed class GroupStateCache(int capacity)
{
    private readonly ConcurrentDictionary<GroupId, Entry> _entries = new();
    private long _clock;

    public int Capacity { get; } = Math.Max(1, capacity);

    public int Count => _entries.Count;

    public bool TryGetValue(GroupId group, out CachedGroup cached)
    {
        if (_entries.TryGetValue(group, out var entry))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            cached = entry.Group;
            return true;
        }
        cached = null!;
        return false;
    }

    public void Set(GroupId group, CachedGroup cached)
    {
        _entries[group] = new Entry(cached) { LastUsed = Interlocked.Increment(ref _clock) };
        if (_entries.Count > Capacity)
            DropLeastRecentlyUsed();
    }

    public void Remove(GroupId group) => _entries.TryRemove(group, out _);

    private void DropLeastRecentlyUsed()
    {
        var drop = Math.Max(1, Capacity / 10) + _entries.Count - Capacity;
        foreach (var (group, _) in _entries.OrderBy(e => e.Value.LastUsed).Take(drop).ToList())
            _entries.TryRemove(group, out _);
    }

    private sealed class Entry(CachedGroup group)
    {
        public CachedGroup Group { get; } = group;

        public long LastUsed { get; set; }
    }
}
