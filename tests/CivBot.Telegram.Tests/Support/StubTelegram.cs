namespace CivBot.Telegram.Tests.Support;

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>
/// A scripted Bot API on 127.0.0.1 (Kestrel inside the test). Every call is recorded; <see cref="Answer"/> decides the
/// reply (default: ok with a fresh message id). <see cref="Delivered"/> holds only the sends it answered with success.
/// </summary>
public sealed class StubTelegram : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _messageId = 100;

    public ConcurrentQueue<(string Method, JsonObject Body)> Calls { get; } = new();

    public ConcurrentQueue<JsonObject> Delivered { get; } = new();

    /// <summary>Return null for the default success; or (status, body) to answer; or "hang" to never answer.</summary>
    public Func<string, JsonObject, (int Status, string Body)?> Answer { get; set; } =
        (_, _) => null;

    public string BaseUrl { get; }

    public const string Hang = "hang";

    /// <summary>Completes when a call scripted to <see cref="Hang"/> has arrived and is hanging.</summary>
    public TaskCompletionSource Hanging { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StubTelegram(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<StubTelegram> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        StubTelegram? stub = null;
        app.MapPost(
            "/bot{token}/{method}",
            async (HttpContext context, string method) =>
            {
                var body = (await JsonNode.ParseAsync(context.Request.Body))?.AsObject() ?? [];
                await stub!.HandleAsync(context, method, body);
            }
        );
        await app.StartAsync();
        var address = app.Urls.Single();
        stub = new StubTelegram(app, address);
        return stub;
    }

    public IEnumerable<JsonObject> CallsOf(string method) =>
        Calls.Where(c => c.Method == method).Select(c => c.Body);

    private async Task HandleAsync(HttpContext context, string method, JsonObject body)
    {
        Calls.Enqueue((method, body));
        var scripted = Answer(method, body);
        if (scripted is { Body: Hang })
        {
            Hanging.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
            return;
        }
        if (scripted is { } answer)
        {
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body);
            return;
        }
        JsonNode result = method switch
        {
            // As Telegram answers: the Message that was sent, or the edited one.
            "sendMessage" or "editMessageText" => new JsonObject
            {
                ["message_id"] =
                    method == "sendMessage"
                        ? Interlocked.Increment(ref _messageId)
                        : body["message_id"]?.DeepClone(),
                ["date"] = 1_700_000_000,
                ["chat"] = new JsonObject
                {
                    ["id"] = body["chat_id"]?.DeepClone(),
                    ["type"] = "supergroup",
                },
                ["text"] = body["text"]?.DeepClone(),
            },
            "getMe" => new JsonObject
            {
                ["id"] = 1,
                ["is_bot"] = true,
                ["username"] = "CivTestBot",
            },
            "getUpdates" => new JsonArray(),
            _ => JsonValue.Create(true),
        };
        if (method is "sendMessage" or "editMessageText")
            Delivered.Enqueue(body);
        await context.Response.WriteAsJsonAsync(
            new JsonObject { ["ok"] = true, ["result"] = result }
        );
    }

    public static (int, string) Error(int code, string description, string? parameters = null) =>
        (
            code,
            JsonSerializer.Serialize(
                new Dictionary<string, object?>
                {
                    ["ok"] = false,
                    ["error_code"] = code,
                    ["description"] = description,
                }
            )[..^1] + (parameters is null ? "}" : $",\"parameters\":{parameters}}}")
        );

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
