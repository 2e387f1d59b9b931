namespace CivBot.Benchmarks;

using System.Net;
using System.Net.Sockets;
using CivBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

/// <summary>
/// The host as <c>civbot run</c> composes it, with Telegram in webhook mode and SMS, in this process on a loopback port
/// and a SQLite file; the platforms' APIs point at a closed port (unless <c>settings</c> names a loopback stand-in), so
/// nothing leaves the machine.
/// </summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    public const string TelegramSecret = "bench-secret";
    public const string SmsAuthToken = "bench-token";

    private readonly WebApplication _app;

    private WebhookHost(WebApplication app, int port, string database)
    {
        _app = app;
        Port = port;
        Database = database;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public string Database { get; }

    /// <summary>The host's services (its outbox, database factory and so on).</summary>
    public IServiceProvider Services => _app.Services;

    /// <param name="settings">Overrides the settings below (say, an API address), or adds channels.</param>
    /// <param name="dispatcher">False: no outbox dispatcher runs (replies stay queued).</param>
    public static async Task<WebhookHost> StartAsync(
        string database,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool dispatcher = true
    )
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var values = new Dictionary<string, string?>
        {
            ["CivBot:Telegram:Token"] = "42:bench",
            ["CivBot:Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
            ["CivBot:Telegram:Mode"] = "webhook",
            ["CivBot:Telegram:WebhookUrl"] = url + "/telegram/webhook",
            ["CivBot:Telegram:WebhookSecret"] = TelegramSecret,
            ["CivBot:Sms:AccountSid"] = "AC0123456789abcdef0123456789abcdef",
            ["CivBot:Sms:AuthToken"] = SmsAuthToken,
            ["CivBot:Sms:FromNumber"] = "+15005550006",
            ["CivBot:Sms:PublicBaseUrl"] = url,
            ["CivBot:Sms:ApiBaseUrl"] = "http://127.0.0.1:9",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var app = await CivBotHost.BuildAsync(
            configuration,
            FlowSetup.Load(Path.Combine(AppContext.BaseDirectory, "flows"), "cociv-loop"),
            database,
            ChannelRegistry.Configured(configuration),
            builder =>
            {
                builder.Logging.ClearProviders();
                if (!dispatcher)
                    foreach (
                        var service in builder
                            .Services.Where(d =>
                                d.ImplementationType
                                == typeof(CivBot.Storage.Outbox.OutboxDispatcherService)
                            )
                            .ToList()
                    )
                        builder.Services.Remove(service);
                builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
            },
            CancellationToken.None
        );
        await app.StartAsync();
        return new WebhookHost(app, port, database);
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
