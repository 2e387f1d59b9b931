namespace CivBot.Storage.Pipeline;

using CivBot.Core.Model;

/// <summary>
/// When each (member, group) last-seen was last written, so the writer writes it at most once a minute. Kept compact:
/// one 64-bit hash of the pair and the time in ticks, not the member's and group's strings (with 10,000 groups of four
/// members that was ~5 MB of the heap, this ~1 MB). Two pairs with the same hash (odds of about 1 in 10^9 for
/// 100,000 pairs) would only skip one last-seen write for under a minute; last-seen is minute-precision anyway.
/// Used by the single writer only, so not thread-safe.
/// </summary>
internal sealed class LastSeenWrites(int remembered)
{
    /// <summary>A last-seen is written again once the one written is this old.</summary>
    public static readonly TimeSpan Precision = TimeSpan.FromMinutes(1);

    private readonly Dictionary<ulong, long> _written = [];

    public int Count => _written.Count;

    /// <summary>True when this member's last-seen in this group was written less than a minute before <paramref name="now"/>.</summary>
    public bool IsFresh(MemberId member, GroupId group, DateTimeOffset now) =>
        _written.TryGetValue(Key(member, group), out var at) && now.UtcTicks - at < Precision.Ticks;

    public void Written(MemberId member, GroupId group, DateTimeOffset at) =>
        _written[Key(member, group)] = at.UtcTicks;

    /// <summary>
    /// A last-seen a minute old is written again at the member's next event whether remembered or not, so once there
    /// are more than <c>remembered</c>, those are dropped: memory follows the members active in the last minute.
    /// </summary>
    public void ForgetOld(DateTimeOffset now)
    {
        if (_written.Count <= remembered)
            return;
        var old = now.UtcTicks - Precision.Ticks;
        foreach (var (key, at) in _written)
            if (at <= old)
                _written.Remove(key);
    }

    /// <summary>FNV-1a over the member's characters, a separator and the group's: stable and cheap.</summary>
    private static ulong Key(MemberId member, GroupId group)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in member.Value)
            hash = (hash ^ c) * 1099511628211UL;
        hash = (hash ^ 0xFFFF) * 1099511628211UL;
        foreach (var c in group.Value)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
