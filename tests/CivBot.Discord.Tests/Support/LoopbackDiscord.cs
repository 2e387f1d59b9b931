namespace CivBot.Discord.Tests.Support;

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using CivBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>
/// Discord on 127.0.0.1 inside the test: a WebSocket gateway (<c>/gateway</c>, <c>/resume</c>) whose connections are
/// scripted by the test (or by <see cref="AutoSession"/>), and the REST API under <c>/api/v10</c> that records every call,
/// keeps the messages posted (edits applied, nonces deduped) and answers as <see cref="Answer"/> says.
/// </summary>
public sealed class LoopbackDiscord : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<GatewayPeer> _connections = Channel.CreateUnbounded<GatewayPeer>();
    private readonly ConcurrentDictionary<string, StubMessage> _byNonce = new();
    private long _nextId = 5000;

    public string BaseUrl { get; }

    public string ApiUrl => BaseUrl + "/api/v10";

    public string GatewayUrl =>
        BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";

    public string ResumeUrl =>
        BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";

    public ConcurrentQueue<RestCall> Calls { get; } = new();

    public ConcurrentDictionary<string, StubMessage> Messages { get; } = new();

    /// <summary>Return null for the default success; otherwise the answer to give.</summary>
    public Func<RestCall, StubAnswer?> Answer { get; set; } = _ => null;

    /// <summary>Headers added to every successful answer (rate-limit headers, say).</summary>
    public Func<RestCall, IReadOnlyDictionary<string, string>?> Headers { get; set; } = _ => null;

    /// <summary>When set, runs each gateway connection instead of handing it to <see cref="NextConnectionAsync"/>.</summary>
    public Func<GatewayPeer, Task>? AutoSession { get; set; }

    private LoopbackDiscord(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<LoopbackDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        LoopbackDiscord? stub = null;
        app.Map("/gateway", context => stub!.AcceptAsync(context));
        app.Map("/resume", context => stub!.AcceptAsync(context));
        app.Map("/api/v10/{**path}", context => stub!.RestAsync(context));
        await app.StartAsync();
        stub = new LoopbackDiscord(app, app.Urls.Single());
        return stub;
    }

    /// <summary>The bot's next gateway connection (5 s at most).</summary>
    public async Task<GatewayPeer> NextConnectionAsync(double seconds = 5)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await _connections.Reader.ReadAsync(cts.Token);
    }

    public bool HasPendingConnection => _connections.Reader.TryPeek(out _);

    public IEnumerable<RestCall> CallsTo(string method, string pathStart) =>
        Calls.Where(c => c.Is(method, pathStart));

    public IReadOnlyList<StubMessage> MessagesIn(string channelId) =>
        Messages
            .Values.Where(m => m.ChannelId == channelId)
            .OrderBy(m => long.Parse(m.Id, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>
    /// Polls until <paramref name="condition"/> holds. The 30 s cap is only a safety net for a bot that never gets
    /// there: on a loaded machine (the whole suite with a browser test beside it) one step can take several seconds.
    /// </summary>
    public Task WaitForAsync(Func<bool> condition, string what) =>
        Conditions.WaitUntilAsync(
            condition,
            TimeSpan.FromSeconds(30),
            () =>
                $"{what}. Messages:\n{string.Join("\n", Messages.Values.OrderBy(m => m.Id).Select(m => $"[{m.ChannelId}] {m.Text}"))}"
        );

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var peer = new GatewayPeer(socket, (context.Request.Path.Value ?? "").TrimEnd('/'));
        var pump = peer.PumpAsync(context.RequestAborted);
        if (AutoSession is { } session)
            _ = Task.Run(() => session(peer));
        else
            await _connections.Writer.WriteAsync(peer);
        await pump;
    }

    private async Task RestAsync(HttpContext context)
    {
        JsonNode? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.ContentType.Count > 0)
            body = await JsonNode.ParseAsync(context.Request.Body);
        var path = "/" + (string)context.Request.RouteValues["path"]!;
        var call = new RestCall(
            context.Request.Method,
            path,
            body,
            context.Request.Headers.Authorization.ToString(),
            context.Request.Headers.UserAgent.ToString(),
            DateTimeOffset.UtcNow
        );
        Calls.Enqueue(call);
        var answer = Answer(call) ?? Default(call);
        context.Response.StatusCode = answer.Status;
        foreach (
            var (name, value) in (answer.Status < 300 ? Headers(call) : null)
                ?? new Dictionary<string, string>()
        )
            context.Response.Headers[name] = value;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        if (answer.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body);
        }
    }

    private StubAnswer Default(RestCall call)
    {
        var segments = call.Path.Trim('/').Split('/');
        switch (call.Method, segments)
        {
            case ("GET", ["gateway", "bot"]):
                return Ok(new JsonObject { ["url"] = GatewayUrl, ["shards"] = 1 });
            case ("POST", ["channels", var channel, "messages"]):
                var nonce = (string?)call.Body?["nonce"];
                if (
                    nonce is not null
                    && _byNonce.TryGetValue(channel + "|" + nonce, out var earlier)
                )
                    return Ok(new JsonObject { ["id"] = earlier.Id, ["channel_id"] = channel });
                var message = new StubMessage(NextId(), channel, call.Body!.AsObject());
                Messages[message.Id] = message;
                if (nonce is not null)
                    _byNonce[channel + "|" + nonce] = message;
                return Ok(new JsonObject { ["id"] = message.Id, ["channel_id"] = channel });
            case ("PATCH", ["channels", var channel, "messages", var id]):
                if (!Messages.TryGetValue(id, out var edited) || edited.ChannelId != channel)
                    return StubAnswer.Error(404, 10008, "Unknown Message");
                edited.Edit(call.Body!.AsObject());
                return Ok(new JsonObject { ["id"] = id, ["channel_id"] = channel });
            case ("POST", ["users", "@me", "channels"]):
                return Ok(
                    new JsonObject
                    {
                        ["id"] = "7" + (string)call.Body!["recipient_id"]!,
                        ["type"] = 1,
                    }
                );
            case ("POST", ["channels", var channel, "messages", var id, "threads"]):
                return Ok(
                    new JsonObject
                    {
                        ["id"] = id,
                        ["parent_id"] = channel,
                        ["type"] = 11,
                    }
                );
            case ("POST", ["channels", var channel, "threads"]):
                return Ok(
                    new JsonObject
                    {
                        ["id"] = NextId(),
                        ["parent_id"] = channel,
                        ["type"] = 11,
                    }
                );
            case ("POST", ["interactions", _, _, "callback"]):
                return new StubAnswer(204, "");
            case ("POST", ["webhooks", _, _]):
                return Ok(new JsonObject { ["id"] = NextId() });
            case ("PATCH", ["webhooks", _, _, "messages", "@original"]):
                return Ok(new JsonObject { ["id"] = NextId() });
            case ("PUT", ["applications", ..]):
                return Ok(new JsonArray());
            default:
                return StubAnswer.Error(404, 0, "404: Not Found");
        }
    }

    private string NextId() =>
        Interlocked
            .Increment(ref _nextId)
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static StubAnswer Ok(JsonNode body) => new(200, body.ToJsonString());

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
