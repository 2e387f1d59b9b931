namespace CivBot.Benchmarks;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>
/// Discord's REST API on a loopback port, enforcing its rate limits the way Discord reports them: creating a message
/// is limited per channel (a bucket of <see cref="BucketLimit"/> per <see cref="BucketWindow"/>, its window starting at
/// its first request), every response carries <c>X-RateLimit-Limit/Remaining/Reset/Reset-After/Bucket</c>, and all
/// requests together at most <see cref="GlobalPerSecond"/> in any second (on arrival). A request that breaks a limit
/// gets Discord's 429 (<c>retry_after</c> in seconds with decimals, <c>global</c>, <c>X-RateLimit-Scope</c>) and does
/// nothing.
/// </summary>
internal sealed class LoopbackDiscordRest : IAsyncDisposable
{
    public const int BucketLimit = 5;
    public static readonly TimeSpan BucketWindow = TimeSpan.FromSeconds(5);
    public const int GlobalPerSecond = 50;
    private const string BucketHash = "b3nchbuck3t";

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, (TimeSpan Start, int Used)> _buckets = [];
    private readonly Queue<TimeSpan> _global = new();
    private readonly List<TimeSpan> _accepted = [];
    private readonly Dictionary<string, int> _refusedBy = [];
    private long _nextId = 1_100_000_000_000_000_000;

    private LoopbackDiscordRest(WebApplication app, int port)
    {
        _app = app;
        Url = $"http://127.0.0.1:{port}";
    }

    public string Url { get; }

    public TimeSpan Now => _clock.Elapsed;

    public int Accepted
    {
        get
        {
            lock (_lock)
                return _accepted.Count;
        }
    }

    public TimeSpan LastAccepted
    {
        get
        {
            lock (_lock)
                return _accepted.Count == 0 ? TimeSpan.Zero : _accepted.Max();
        }
    }

    public int Refused
    {
        get
        {
            lock (_lock)
                return _refusedBy.Values.Sum();
        }
    }

    public string RefusedBy
    {
        get
        {
            lock (_lock)
                return string.Join(", ", _refusedBy.Select(r => $"{r.Key} {r.Value}"));
        }
    }

    public static async Task<LoopbackDiscordRest> StartAsync()
    {
        var port = WebhookHost.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var api = new LoopbackDiscordRest(app, port);
        app.MapPost("/api/v10/channels/{channel}/messages", api.CreateMessageAsync);
        app.Map("/api/v10/{**rest}", api.OtherAsync);
        await app.StartAsync();
        return api;
    }

    private async Task OtherAsync(HttpContext context)
    {
        bool ok;
        TimeSpan retry;
        lock (_lock)
            ok = TakeGlobal(_clock.Elapsed, out retry);
        if (!ok)
            await RefuseAsync(context, retry, global: true, null);
        else
            await context.Response.WriteAsJsonAsync(new JsonObject());
    }

    private async Task CreateMessageAsync(HttpContext context, string channel)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        JsonObject? message = null;
        (int Remaining, TimeSpan ResetAfter) bucket;
        var globalRetry = TimeSpan.Zero;
        lock (_lock)
        {
            var at = _clock.Elapsed;
            if (!_buckets.TryGetValue(channel, out var b) || at - b.Start >= BucketWindow)
                b = (at, 0);
            var resetAfter = b.Start + BucketWindow - at;
            if (b.Used >= BucketLimit)
                _refusedBy["bucket"] = _refusedBy.GetValueOrDefault("bucket") + 1;
            else if (TakeGlobal(at, out globalRetry))
            {
                b.Used++;
                _accepted.Add(at);
                message = new JsonObject
                {
                    ["id"] = (++_nextId).ToString(CultureInfo.InvariantCulture),
                    ["channel_id"] = channel,
                    ["content"] = body["content"]?.DeepClone(),
                };
            }
            _buckets[channel] = b;
            bucket = (BucketLimit - b.Used, resetAfter);
        }
        if (message is not null)
        {
            Headers(context, bucket);
            await context.Response.WriteAsJsonAsync(message);
        }
        else if (globalRetry > TimeSpan.Zero)
            await RefuseAsync(context, globalRetry, global: true, bucket);
        else
            await RefuseAsync(context, bucket.ResetAfter, global: false, bucket);
    }

    /// <summary>Takes one of the global budget at <paramref name="at"/>, or says how long until there is one.</summary>
    private bool TakeGlobal(TimeSpan at, out TimeSpan retryAfter)
    {
        while (_global.Count > 0 && _global.Peek() <= at - TimeSpan.FromSeconds(1))
            _global.Dequeue();
        if (_global.Count >= GlobalPerSecond)
        {
            _refusedBy["global"] = _refusedBy.GetValueOrDefault("global") + 1;
            retryAfter = _global.Peek() + TimeSpan.FromSeconds(1) - at;
            return false;
        }
        _global.Enqueue(at);
        retryAfter = TimeSpan.Zero;
        return true;
    }

    private static void Headers(HttpContext context, (int Remaining, TimeSpan ResetAfter) bucket)
    {
        var h = context.Response.Headers;
        h["X-RateLimit-Limit"] = BucketLimit.ToString(CultureInfo.InvariantCulture);
        h["X-RateLimit-Remaining"] = bucket.Remaining.ToString(CultureInfo.InvariantCulture);
        h["X-RateLimit-Reset-After"] = bucket.ResetAfter.TotalSeconds.ToString(
            "0.000",
            CultureInfo.InvariantCulture
        );
        h["X-RateLimit-Reset"] = (
            DateTimeOffset.UtcNow + bucket.ResetAfter
        ).ToUnixTimeMilliseconds() / 1000.0
            is var reset
            ? reset.ToString("0.000", CultureInfo.InvariantCulture)
            : "";
        h["X-RateLimit-Bucket"] = BucketHash;
    }

    private static Task RefuseAsync(
        HttpContext context,
        TimeSpan retryAfter,
        bool global,
        (int Remaining, TimeSpan ResetAfter)? bucket
    )
    {
        context.Response.StatusCode = 429;
        if (bucket is { } b)
            Headers(context, b);
        var seconds = Math.Max(0.001, retryAfter.TotalSeconds);
        context.Response.Headers["Retry-After"] = Math.Ceiling(seconds)
            .ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Scope"] = global ? "global" : "user";
        if (global)
            context.Response.Headers["X-RateLimit-Global"] = "true";
        return context.Response.WriteAsJsonAsync(
            new JsonObject
            {
                ["message"] = "You are being rate limited.",
                ["retry_after"] = Math.Round(seconds, 3),
                ["global"] = global,
            }
        );
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
