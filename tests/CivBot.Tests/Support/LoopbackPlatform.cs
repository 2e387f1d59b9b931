namespace CivBot.Tests.Support;

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Telegram's Bot API and Twilio's Messages API as several CivBot instances meet them, on loopback: updates queued by
/// the test are handed out by <c>getUpdates</c> until a poll's offset confirms them (as Telegram does, so an update a
/// dying instance took but never confirmed goes to the next poller), or built for the test to post as webhooks
/// (<see cref="TelegramUpdate"/>); every message sent is recorded.
/// </summary>
public sealed class LoopbackPlatform : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<JsonObject> _updates = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private long _confirmed;
    private long _nextUpdate;
    private long _messageIds = 1000;
    private long _smsIds;

    private LoopbackPlatform(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>Telegram messages the bot sent: (chat id, text).</summary>
    public ConcurrentQueue<(string Chat, string Text)> TelegramSent { get; } = new();

    /// <summary>SMS the bot sent: (to, body).</summary>
    public ConcurrentQueue<(string To, string Body)> SmsSent { get; } = new();

    /// <summary>When each getUpdates call arrived.</summary>
    public ConcurrentQueue<DateTimeOffset> Polls { get; } = new();

    public static async Task<LoopbackPlatform> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var platform = new LoopbackPlatform(app);
        app.MapPost("/bot{token}/{method}", platform.TelegramAsync);
        app.MapPost(
            "/2010-04-01/Accounts/{account}/Messages.json",
            async (HttpContext context) =>
            {
                var form = await context.Request.ReadFormAsync();
                platform.SmsSent.Enqueue((form["To"].ToString(), form["Body"].ToString()));
                var n = Interlocked.Increment(ref platform._smsIds);
                return Results.Json(
                    new
                    {
                        sid = $"SM{n:D32}",
                        status = "queued",
                        num_segments = "1",
                    },
                    statusCode: 201
                );
            }
        );
        await app.StartAsync();
        platform.Url = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return platform;
    }

    /// <summary>Queues a group-chat text from a Telegram user, for the poller (getUpdates) to take.</summary>
    public void TelegramText(long chat, long user, string name, string text)
    {
        lock (_updates)
            _updates.Add(TelegramUpdate(chat, user, name, text));
        _arrived.Release();
    }

    /// <summary>
    /// A group-chat text from a Telegram user as Telegram sends it, with the next update id (shared with the queue, so
    /// an update sent by webhook and one taken by a poll never share an id); not queued.
    /// </summary>
    public JsonObject TelegramUpdate(long chat, long user, string name, string text)
    {
        var entities = new JsonArray();
        if (text.StartsWith('/'))
            entities.Add(
                new JsonObject
                {
                    ["offset"] = 0,
                    ["length"] = text.Split(' ')[0].Length,
                    ["type"] = "bot_command",
                }
            );
        var id = Interlocked.Increment(ref _nextUpdate);
        return new JsonObject
        {
            ["update_id"] = id,
            ["message"] = new JsonObject
            {
                ["message_id"] = id,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject
                {
                    ["id"] = chat,
                    ["type"] = "supergroup",
                    ["title"] = "Failover drill",
                },
                ["from"] = new JsonObject
                {
                    ["id"] = user,
                    ["is_bot"] = false,
                    ["first_name"] = name,
                },
                ["text"] = text,
                ["entities"] = entities,
            },
        };
    }

    /// <summary>How many queued updates no poll has confirmed yet.</summary>
    public int Unconfirmed
    {
        get
        {
            lock (_updates)
                return _updates.Count(u => (long)u["update_id"]! >= _confirmed);
        }
    }

    private async Task<IResult> TelegramAsync(HttpContext context, string method)
    {
        var body = context.Request.HasJsonContentType()
            ? await JsonNode.ParseAsync(context.Request.Body) as JsonObject
            : null;
        body ??= [];
        JsonNode? result = method switch
        {
            "getMe" => new JsonObject
            {
                ["id"] = 42,
                ["is_bot"] = true,
                ["first_name"] = "CivBot",
                ["username"] = "civbot",
            },
            "getUpdates" => await UpdatesAsync(body, context.RequestAborted),
            "sendMessage" => Sent(body),
            "editMessageText" => Sent(body),
            "getChatMember" => new JsonObject
            {
                ["status"] = "administrator",
                ["user"] = new JsonObject
                {
                    ["id"] = body["user_id"]?.DeepClone(),
                    ["is_bot"] = false,
                    ["first_name"] = "x",
                },
            },
            _ => JsonValue.Create(true),
        };
        return Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });
    }

    private async Task<JsonNode> UpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        Polls.Enqueue(DateTimeOffset.UtcNow);
        var offset = body["offset"]?.GetValue<long>() ?? 0;
        var timeout = TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0);
        var until = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            lock (_updates)
            {
                _confirmed = Math.Max(_confirmed, offset);
                var due = _updates
                    .Where(u => (long)u["update_id"]! >= offset)
                    .Take(100)
                    .Select(u => u.DeepClone())
                    .ToArray();
                if (due.Length > 0)
                    return new JsonArray(due);
            }
            var left = until - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
                return new JsonArray();
            try
            {
                await _arrived.WaitAsync(left, aborted);
            }
            catch (OperationCanceledException)
            {
                return new JsonArray();
            }
        }
    }

    private JsonObject Sent(JsonObject body)
    {
        var chat = body["chat_id"]!.ToString();
        var text = body["text"]?.ToString() ?? "";
        TelegramSent.Enqueue((chat, text));
        return new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageIds),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject
            {
                ["id"] = long.Parse(chat, System.Globalization.CultureInfo.InvariantCulture),
                ["type"] = chat.StartsWith('-') ? "supergroup" : "private",
            },
            ["text"] = text,
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
