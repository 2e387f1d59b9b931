namespace CivBot.Discord.Api;

using System.Globalization;
using System.Net.Http.Headers;

/// <summary>
/// What Discord's rate-limit headers said: per bucket (<c>X-RateLimit-Bucket</c> + major parameter) how many requests
/// remain until when, and until when the global limit holds. Limits are learned, never hard-coded, except the documented
/// 50 requests per second overall that a bot keeps to on its own. Interaction callbacks are exempt from the global limit.
/// Discord counts a request when it arrives, which can be later than when it was let go (a busy connection): so the
/// bot's own per-second count holds a request from when it is let go until its answer (<see cref="Answered"/>), and
/// for a second from the answer after that.
/// </summary>
internal sealed class RateLimits(TimeProvider time)
{
    public const int GlobalPerSecond = 50;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _bucketOfRoute = [];
    private readonly Dictionary<string, Bucket> _buckets = [];

    // The bot's own global budget: requests awaiting their answers, and when the others of the last second were answered.
    private readonly List<DateTimeOffset> _recent = [];
    private int _inFlight;
    private TaskCompletionSource _answered = new(
        TaskCreationOptions.RunContinuationsAsynchronously
    );
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    /// <summary>Zero and a slot taken when the route may be called now; else how long to wait (nothing taken).</summary>
    public TimeSpan TryTake(DiscordRoute route) => TryTake(route, out _);

    /// <summary>
    /// As <see cref="TryTake(DiscordRoute)"/>; <paramref name="ownBudgetOnly"/> is true when the wait is only for the
    /// bot's own per-second budget, which frees up within a second (not a bucket, not a 429 Discord gave).
    /// </summary>
    public TimeSpan TryTake(DiscordRoute route, out bool ownBudgetOnly)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var wait = TimeSpan.Zero;
            var budget = TimeSpan.Zero;
            if (!route.Interaction)
            {
                if (_globalUntil > now)
                    wait = _globalUntil - now;
                var old = _recent.FindIndex(r => r > now - TimeSpan.FromSeconds(1));
                _recent.RemoveRange(0, old < 0 ? _recent.Count : old);
                if (_inFlight >= GlobalPerSecond)
                    // Only answers can make room; NextAnswer says when one comes.
                    budget = TimeSpan.FromSeconds(1);
                else if (_recent.Count + _inFlight >= GlobalPerSecond)
                    budget =
                        _recent[_recent.Count - (GlobalPerSecond - _inFlight)]
                        + TimeSpan.FromSeconds(1)
                        - now;
            }
            var key = BucketKey(route);
            if (_buckets.TryGetValue(key, out var bucket) && bucket.ResetAt > now)
            {
                if (bucket.Remaining <= 0)
                    wait = Max(wait, bucket.ResetAt - now);
            }
            ownBudgetOnly = wait <= TimeSpan.Zero && budget > TimeSpan.Zero;
            wait = Max(wait, budget);
            if (wait > TimeSpan.Zero)
                return wait;
            if (bucket is not null && bucket.ResetAt > now)
                bucket.Remaining--;
            if (!route.Interaction)
                _inFlight++;
            return TimeSpan.Zero;
        }
    }

    /// <summary>Completes at the next <see cref="Answered"/>: when the budget is held by requests awaiting answers.</summary>
    public Task NextAnswer
    {
        get
        {
            lock (_lock)
                return _answered.Task;
        }
    }

    /// <summary>
    /// A request that <see cref="TryTake(DiscordRoute)"/> let go was answered (or given up on) now: Discord had it by
    /// now at the latest, so it counts for a second from now.
    /// </summary>
    public void Answered(DiscordRoute route)
    {
        if (route.Interaction)
            return;
        TaskCompletionSource answered;
        lock (_lock)
        {
            _inFlight = Math.Max(0, _inFlight - 1);
            Insert(_recent, time.GetUtcNow());
            answered = _answered;
            _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        answered.TrySetResult();
    }

    private static void Insert(List<DateTimeOffset> sorted, DateTimeOffset at)
    {
        var index = sorted.BinarySearch(at);
        sorted.Insert(index < 0 ? ~index : index, at);
    }

    /// <summary>Learns from a response's headers; for a 429, blocks the bucket (or everything) for retry_after.</summary>
    public void Learn(
        DiscordRoute route,
        HttpResponseHeaders headers,
        int status,
        TimeSpan? retryAfter,
        bool global
    )
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (Header(headers, "X-RateLimit-Bucket") is { } hash)
            {
                _bucketOfRoute[route.Key] = hash;
                if (_bucketOfRoute.Count > 10_000)
                    _bucketOfRoute.Clear();
            }
            var key = BucketKey(route);
            if (
                Header(headers, "X-RateLimit-Remaining") is { } remainingText
                && int.TryParse(remainingText, CultureInfo.InvariantCulture, out var remaining)
                && Header(headers, "X-RateLimit-Reset-After") is { } resetText
                && double.TryParse(resetText, CultureInfo.InvariantCulture, out var resetAfter)
            )
                _buckets[key] = new Bucket(remaining, now + TimeSpan.FromSeconds(resetAfter));
            if (status == 429 && retryAfter is { } wait)
            {
                if (global)
                    _globalUntil = Max(_globalUntil, now + wait);
                else
                    _buckets[key] = new Bucket(0, now + wait);
            }
            if (_buckets.Count > 10_000)
            {
                foreach (var (k, b) in _buckets.ToList())
                    if (b.ResetAt <= now)
                        _buckets.Remove(k);
            }
        }
    }

    private string BucketKey(DiscordRoute route) =>
        _bucketOfRoute.TryGetValue(route.Key, out var hash)
            ? $"{hash}|{route.Major}"
            : $"{route.Key}|{route.Major}";

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class Bucket(int remaining, DateTimeOffset resetAt)
    {
        public int Remaining { get; set; } = remaining;

        public DateTimeOffset ResetAt { get; } = resetAt;
    }
}
