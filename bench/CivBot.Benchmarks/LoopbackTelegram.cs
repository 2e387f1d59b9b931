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
/// A Bot API on a loopback port that enforces Telegram's published send limits on the arrival time of each
/// <c>sendMessage</c>: at least <see cref="PerChatGap"/> between two messages to one chat, at most
/// <see cref="PerGroupPerMinute"/> in any minute to one group chat (negative id), at most <see cref="OverallPerSecond"/>
/// in any second overall. A message that breaks one is refused the way Telegram refuses it (HTTP 429,
/// <c>parameters.retry_after</c>) and not counted. Other methods (getMe, setWebhook, ...) answer ok.
/// </summary>
internal sealed class LoopbackTelegram : IAsyncDisposable
{
    public static readonly TimeSpan PerChatGap = TimeSpan.FromSeconds(1);
    public const int PerGroupPerMinute = 20;
    public const int OverallPerSecond = 30;

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, TimeSpan> _lastPerChat = [];
    private readonly Dictionary<string, Queue<TimeSpan>> _perGroup = [];
    private readonly Queue<TimeSpan> _overall = new();
    private readonly List<TimeSpan> _accepted = [];
    private int _refused;
    private readonly Dictionary<string, int> _refusedBy = [];
    private int _messageId;

    private LoopbackTelegram(WebApplication app, int port)
    {
        _app = app;
        Url = $"http://127.0.0.1:{port}";
    }

    public string Url { get; }

    /// <summary>Messages refused with 429 so far.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Refusals by the limit broken (a message can break more than one).</summary>
    public string RefusedBy
    {
        get
        {
            lock (_lock)
                return string.Join(", ", _refusedBy.Select(r => $"{r.Key} {r.Value}"));
        }
    }

    /// <summary>Messages accepted so far.</summary>
    public int Accepted
    {
        get
        {
            lock (_lock)
                return _accepted.Count;
        }
    }

    /// <summary>The server clock now (the one arrival times are taken on).</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Arrival time of the last accepted message.</summary>
    public TimeSpan LastAccepted
    {
        get
        {
            lock (_lock)
                return _accepted.Count == 0 ? TimeSpan.Zero : _accepted.Max();
        }
    }

    public static async Task<LoopbackTelegram> StartAsync()
    {
        var port = WebhookHost.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var api = new LoopbackTelegram(app, port);
        app.MapPost("/bot{token}/{method}", api.HandleAsync);
        await app.StartAsync();
        return api;
    }

    private async Task HandleAsync(HttpContext context, string method)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        JsonNode result = method switch
        {
            "getMe" => new JsonObject
            {
                ["id"] = 42,
                ["is_bot"] = true,
                ["first_name"] = "Bench",
                ["username"] = "bench_bot",
            },
            "sendMessage" => Send(body, out var retryAfter) is { } sent
                ? sent
                : await RefuseAsync(context, retryAfter),
            _ => true,
        };
        if (context.Response.HasStarted)
            return;
        await context.Response.WriteAsJsonAsync(
            new JsonObject { ["ok"] = true, ["result"] = result }
        );
    }

    /// <summary>The sent message, or null (and how many seconds to wait) when a limit would be broken.</summary>
    private JsonObject? Send(JsonObject body, out int retryAfter)
    {
        var chat = body["chat_id"]?.ToString() ?? "";
        lock (_lock)
        {
            // Taken under the lock, so arrivals are recorded in the order they are judged.
            var at = _clock.Elapsed;
            retryAfter = 0;
            if (_lastPerChat.TryGetValue(chat, out var last) && at - last < PerChatGap)
                retryAfter = Refuse("per chat", 1);
            Drop(_overall, at - TimeSpan.FromSeconds(1));
            if (_overall.Count >= OverallPerSecond)
                retryAfter = Refuse("overall", 1);
            Queue<TimeSpan>? group = null;
            if (chat.StartsWith('-'))
            {
                if (!_perGroup.TryGetValue(chat, out group))
                    _perGroup[chat] = group = new();
                Drop(group, at - TimeSpan.FromMinutes(1));
                if (group.Count >= PerGroupPerMinute)
                    retryAfter = Math.Max(
                        retryAfter,
                        Refuse(
                            "per group",
                            (int)
                                Math.Ceiling(
                                    (group.Peek() + TimeSpan.FromMinutes(1) - at).TotalSeconds
                                )
                        )
                    );
            }
            if (retryAfter > 0)
            {
                _refused++;
                return null;
            }
            _lastPerChat[chat] = at;
            _overall.Enqueue(at);
            group?.Enqueue(at);
            _accepted.Add(at);
            return new JsonObject
            {
                ["message_id"] = ++_messageId,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject
                {
                    ["id"] = long.Parse(chat, CultureInfo.InvariantCulture),
                    ["type"] = chat.StartsWith('-') ? "supergroup" : "private",
                },
                ["text"] = body["text"]?.DeepClone(),
            };
        }
    }

    private int Refuse(string limit, int retryAfter)
    {
        _refusedBy[limit] = _refusedBy.GetValueOrDefault(limit) + 1;
        return retryAfter;
    }

    private static void Drop(Queue<TimeSpan> times, TimeSpan before)
    {
        while (times.Count > 0 && times.Peek() <= before)
            times.Dequeue();
    }

    private static async Task<JsonNode> RefuseAsync(HttpContext context, int retryAfter)
    {
        context.Response.StatusCode = 429;
        await context.Response.WriteAsJsonAsync(
            new JsonObject
            {
                ["ok"] = false,
                ["error_code"] = 429,
                ["description"] = $"Too Many Requests: retry after {retryAfter}",
                ["parameters"] = new JsonObject { ["retry_after"] = retryAfter },
            }
        );
        return JsonValue.Create(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
