namespace CivBot.Tests.Support;

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>
/// A loopback server speaking the OpenAI Chat Completions protocol (<c>POST /v1/chat/completions</c>), scripted one
/// answer per request. It records every request, so a test can count the model calls and read what was sent.
/// </summary>
public sealed class FakeChatCompletions : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<string, Task<string>>> _script = new();

    private FakeChatCompletions(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The base address a client is configured with, up to <c>/v1</c>.</summary>
    public string Url { get; }

    /// <summary>Every request: its JSON body and its Authorization header.</summary>
    public ConcurrentQueue<(JsonObject Body, string? Authorization)> Requests { get; } = new();

    /// <summary>Completes when a request arrives whose answer is held back (<see cref="Hang"/>).</summary>
    public TaskCompletionSource Hanging { get; private set; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<FakeChatCompletions> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new FakeChatCompletions(app, $"http://127.0.0.1:{port}/v1");
        app.MapPost("/v1/chat/completions", server.AnswerAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>The next request is answered with this content (the model's text), built from the user prompt.</summary>
    public void Answer(Func<string, string> content) =>
        _script.Enqueue(prompt => Task.FromResult(content(prompt)));

    /// <summary>The next request gets no answer until the client gives up (a time-out).</summary>
    public void Hang()
    {
        Hanging = new(TaskCreationOptions.RunContinuationsAsynchronously);
        _script.Enqueue(async _ =>
        {
            Hanging.TrySetResult();
            await Task.Delay(Timeout.Infinite, _app.Lifetime.ApplicationStopping);
            return "";
        });
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        Requests.Enqueue((body, context.Request.Headers.Authorization.ToString()));
        var prompt = body["messages"]!.AsArray().Last()!["content"]!.ToString();
        if (!_script.TryDequeue(out var next))
        {
            context.Response.StatusCode = 500;
            return;
        }
        string content;
        try
        {
            content = await next(prompt).WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        var answer = new JsonObject
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1_764_000_000,
            ["model"] = body["model"]?.ToString(),
            ["choices"] = new JsonArray(
                new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                    ["finish_reason"] = "stop",
                }
            ),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = 10,
                ["completion_tokens"] = 10,
                ["total_tokens"] = 20,
            },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public static string Json(object draft) => JsonSerializer.Serialize(draft);
}
