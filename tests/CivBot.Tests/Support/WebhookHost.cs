namespace CivBot.Tests.Support;

using System.Net;
using CivBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// The host as <c>civbot run</c> composes it (CivBotHost, ChannelRegistry) with Telegram in webhook mode and SMS, on
/// Kestrel at 127.0.0.1 and a temp SQLite file. Both platforms' APIs point at a closed loopback port, so nothing ever
/// leaves the machine; the tests here only care about what comes in.
/// </summary>
public sealed class WebhookHost : IAsyncDisposable
{
    public const string TelegramSecret = "hostile-test-secret";
    public const string AuthToken = "hostile-test-auth-token";

    private readonly WebApplication _app;

    private WebhookHost(WebApplication app, TempDb db, string url, LogRecorder logs)
    {
        _app = app;
        Db = db;
        Url = url;
        Logs = logs;
    }

    public TempDb Db { get; }

    public string Url { get; }

    public int Port => new Uri(Url).Port;

    public LogRecorder Logs { get; }

    public static async Task<WebhookHost> StartAsync()
    {
        var db = new TempDb();
        var port = FreePort.Next();
        var url = $"http://127.0.0.1:{port}";
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["CivBot:DefaultFlow"] = "urgent-ride",
                    ["CivBot:Telegram:Token"] = "42:hostile",
                    ["CivBot:Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
                    ["CivBot:Telegram:Mode"] = "webhook",
                    ["CivBot:Telegram:WebhookUrl"] = url + "/telegram/webhook",
                    ["CivBot:Telegram:WebhookSecret"] = TelegramSecret,
                    ["CivBot:Sms:AccountSid"] = "AC0123456789abcdef0123456789abcdef",
                    ["CivBot:Sms:AuthToken"] = AuthToken,
                    ["CivBot:Sms:FromNumber"] = "+15005550006",
                    ["CivBot:Sms:PublicBaseUrl"] = url,
                    ["CivBot:Sms:ApiBaseUrl"] = "http://127.0.0.1:9",
                }
            )
            .Build();
        var logs = new LogRecorder();
        var app = await CivBotHost.BuildAsync(
            configuration,
            FlowSetup.Load(Repo.Flows, "urgent-ride"),
            db.Path,
            ChannelRegistry.Configured(configuration),
            builder =>
            {
                builder.Logging.ClearProviders().AddProvider(logs);
                builder.Logging.SetMinimumLevel(LogLevel.Information);
                builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
                builder.Services.Configure<HostOptions>(o =>
                    o.ShutdownTimeout = TimeSpan.FromSeconds(5)
                );
            },
            CancellationToken.None
        );
        await app.StartAsync();
        return new WebhookHost(app, db, url, logs);
    }

    /// <summary>Entries about incoming requests: the webhook code and ASP.NET Core (where unhandled errors land).</summary>
    public static bool IsAboutRequests(LogEntry entry) =>
        entry.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
        || entry.Category.Contains("Webhook", StringComparison.Ordinal)
        || entry.Category.Contains("SmsEndpoint", StringComparison.Ordinal)
        || entry.Category.Contains("SmsAdapter", StringComparison.Ordinal)
        || entry.Category.Contains("TelegramAdapter", StringComparison.Ordinal)
        || entry.Category.Contains("WebhookLimits", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Db.Dispose();
    }
}
