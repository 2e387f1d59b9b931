namespace CivBot.Sms.Tests.Support;

using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Stands in for Twilio's Messages resource on 127.0.0.1: records every create and answers 201 with a fresh sid, or
/// whatever answers a test queued (a 429, a 21610...).
/// </summary>
public sealed class MessagesStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<IResult> _answers = new();
    private int _count;

    private MessagesStub(WebApplication app) => _app = app;

    public ConcurrentQueue<SentSms> Sent { get; } = new();

    public string Url { get; private set; } = "";

    public static async Task<MessagesStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new MessagesStub(app);
        app.MapPost(
            "/2010-04-01/Accounts/{account}/Messages.json",
            async (HttpContext context, string account) =>
            {
                var form = await context.Request.ReadFormAsync();
                stub.Sent.Enqueue(
                    new SentSms(
                        account,
                        context.Request.Headers.Authorization.FirstOrDefault(),
                        form.ToDictionary(f => f.Key, f => f.Value.ToString())
                    )
                );
                if (stub._answers.TryDequeue(out var answer))
                    return answer;
                var n = Interlocked.Increment(ref stub._count);
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
        stub.Url = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return stub;
    }

    /// <summary>The next create gets this Twilio error instead of a 201.</summary>
    public void FailNext(int status, int code, TimeSpan? retryAfter = null) =>
        _answers.Enqueue(new ErrorAnswer(status, code, retryAfter));

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private sealed class ErrorAnswer(int status, int code, TimeSpan? retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (retryAfter is { } after)
                httpContext.Response.Headers.RetryAfter = ((int)after.TotalSeconds).ToString(
                    System.Globalization.CultureInfo.InvariantCulture
                );
            return Results
                .Json(
                    new
                    {
                        code,
                        message = "The message could not be sent to +15005550006",
                        more_info = $"https://www.twilio.com/docs/errors/{code}",
                        status,
                    },
                    statusCode: status
                )
                .ExecuteAsync(httpContext);
        }
    }
}
