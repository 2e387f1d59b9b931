namespace CivBot.Discord.Sending;

using System.Collections.Concurrent;

/// <summary>
/// Handle → user id, learned from inbound events, so a fallback for "cy" can be a real mention of cy. The outbox names
/// the member by handle only; after a restart, until they write again, the fallback says "@cy" without pinging.
/// </summary>
internal sealed class KnownMembers
{
    private readonly ConcurrentDictionary<string, string> _ids = new(StringComparer.Ordinal);

    public void Learn(string handle, string userId)
    {
        _ids[handle] = userId;
        if (_ids.Count > 100_000)
            _ids.Clear();
    }

    public string? UserIdOf(string handle) => _ids.TryGetValue(handle, out var id) ? id : null;
}
