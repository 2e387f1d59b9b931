namespace CivBot.Discord.Api;

using System.Globalization;
using System.Net.Http.Headers;

/// <summary>
/// What Discord's rate-limit headers said: per bucket (<c>X-RateLimit-Bucket</c> + major parameter) how many requests
/// remain until when, and until when the global limit holds. Limits are learned, never hard-coded, except the documented
/// 50 requests per second overall that a bot keeps to on its own. Interaction callbacks are exempt from the global limit.
/// </summary>
internal sealed class RateLimits(TimeProvider time)
{
    public const int GlobalPerSecond = 50;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _bucketOfRoute = [];
    private readonly Dictionary<string, Bucket> _buckets = [];
    private readonly Queue<DateTimeOffset> _recent = new();
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    /// <summary>Zero and a slot taken when the route may be called now; else how long to wait (nothing taken).</summary>
    public TimeSpan TryTake(DiscordRoute route)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var wait = TimeSpan.Zero;
            if (!route.Interaction)
            {
                if (_globalUntil > now)
                    wait = _globalUntil - now;
                while (_recent.Count > 0 && _recent.Peek() <= now - TimeSpan.FromSeconds(1))
                    _recent.Dequeue();
                if (_recent.Count >= GlobalPerSecond)
                    wait = Max(wait, _recent.Peek() + TimeSpan.FromSeconds(1) - now);
            }
            var key = BucketKey(route);
            if (_buckets.TryGetValue(key, out var bucket) && bucket.ResetAt > now)
            {
                if (bucket.Remaining <= 0)
                    wait = Max(wait, bucket.ResetAt - now);
            }
            if (wait > TimeSpan.Zero)
                return wait;
            if (bucket is not null && bucket.ResetAt > now)
                bucket.Remaining--;
            if (!route.Interaction)
                _recent.Enqueue(now);
            return TimeSpan.Zero;
        }
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
