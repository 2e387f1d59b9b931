namespace CivBot.Telegram.Sending;

using Microsoft.Extensions.Options;

/// <summary>
/// Keeps sends inside Telegram's limits: a gap per chat, a count per minute per group chat, a count per second overall.
/// <see cref="Reserve"/> books the earliest slot that fits all three and says how long to wait for it, so concurrent
/// callers queue up instead of racing; the clock is injected so tests run on a fake one.
/// </summary>
public sealed class RateLimiter(TimeProvider time, IOptions<TelegramOptions> options)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly TelegramRateLimits _limits = options.Value.Limits;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _lastPerChat = [];
    private readonly Dictionary<string, List<DateTimeOffset>> _perGroup = [];
    private readonly List<DateTimeOffset> _overall = [];

    /// <summary>Books a slot for one message to <paramref name="chatId"/> and returns the wait until it (zero when free now).</summary>
    public TimeSpan Reserve(string chatId, bool isGroup)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var at = now;
            if (_lastPerChat.TryGetValue(chatId, out var last))
                at = Max(at, last + TimeSpan.FromSeconds(_limits.PerChatIntervalSeconds));
            List<DateTimeOffset>? group = null;
            if (isGroup && !_perGroup.TryGetValue(chatId, out group))
                _perGroup[chatId] = group = [];
            // Each limit can push the slot later, which may break another one; repeat until all three agree.
            while (true)
            {
                var next = at;
                if (group is not null)
                    next = NextFree(group, _limits.PerGroupPerMinute, Minute, now, next);
                next = NextFree(_overall, _limits.OverallPerSecond, Second, now, next);
                if (next == at)
                    break;
                at = next;
            }
            _lastPerChat[chatId] = at;
            if (group is not null)
                Book(group, at);
            Book(_overall, at);
            if (_lastPerChat.Count > 10_000)
                Prune(now);
            return at - now;
        }
    }

    /// <summary>Waits for a booked slot on the injected clock.</summary>
    public async Task WaitAsync(string chatId, bool isGroup, CancellationToken cancellationToken)
    {
        var wait = Reserve(chatId, isGroup);
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, time, cancellationToken);
    }

    /// <summary>
    /// The earliest time from <paramref name="from"/> at which a send keeps every <paramref name="window"/> holding at
    /// most <paramref name="limit"/> bookings. Bookings can lie in the future (other chats' booked slots), so the check
    /// counts both sides of the candidate: conservative when the future is crowded, exact in the usual case.
    /// </summary>
    private static DateTimeOffset NextFree(
        List<DateTimeOffset> booked,
        int limit,
        TimeSpan window,
        DateTimeOffset now,
        DateTimeOffset from
    )
    {
        booked.RemoveAll(b => b + window <= now);
        var at = from;
        while (true)
        {
            var inRange = booked.Where(b => b > at - window && b < at + window).ToList();
            if (inRange.Count < limit)
                return at;
            // Move just past the earliest booking in range; each step leaves one more behind, so this ends.
            at = inRange[0] + window;
        }
    }

    private static void Book(List<DateTimeOffset> booked, DateTimeOffset at)
    {
        var index = booked.BinarySearch(at);
        booked.Insert(index < 0 ? ~index : index, at);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (chat, last) in _lastPerChat.ToList())
        {
            if (last + Minute < now)
            {
                _lastPerChat.Remove(chat);
                _perGroup.Remove(chat);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
