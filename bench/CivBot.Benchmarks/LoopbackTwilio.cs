namespace CivBot.Benchmarks;

using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>
/// Twilio's Messages resource on a loopback port, answering a create as Twilio does when it takes a message: 201 with
/// the new message's sid (Twilio queues it and sends at the number's own pace, so it accepts far more than one a second).
/// Counts what it took. It checks nothing: the webhook bench measures the bot, not this stub.
/// </summary>
internal sealed class LoopbackTwilio : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _accepted;

    private LoopbackTwilio(WebApplication app, int port)
    {
        _app = app;
        Url = $"http://127.0.0.1:{port}";
    }

    public string Url { get; }

    /// <summary>Messages accepted (answered 201) so far.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    public static async Task<LoopbackTwilio> StartAsync()
    {
        var port = WebhookHost.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var api = new LoopbackTwilio(app, port);
        app.MapPost("/2010-04-01/Accounts/{account}/Messages.json", api.CreateAsync);
        await app.StartAsync();
        return api;
    }

    private async Task<IResult> CreateAsync(HttpContext context, string account)
    {
        var form = await context.Request.ReadFormAsync();
        var n = Interlocked.Increment(ref _accepted);
        return Results.Json(
            new
            {
                sid = "SM" + n.ToString("x32", CultureInfo.InvariantCulture),
                account_sid = account,
                to = form["To"].ToString(),
                status = "queued",
                num_segments = "1",
            },
            statusCode: 201
        );
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
