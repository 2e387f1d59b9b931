namespace CivBot.Telegram.Tests.Support;

using System.Net;
using CivBot.Hosting;
using CivBot.Storage;
using CivBot.Telegram.Api;
using CivBot.Testing.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// The bot as <c>civbot run</c> composes it (ChannelRegistry → TelegramModule, storage background services, Kestrel),
/// on 127.0.0.1 and a temp SQLite file.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    public TempDb Db { get; }

    public string Url { get; }

    private BotHost(WebApplication app, TempDb db, string url)
    {
        _app = app;
        Db = db;
        Url = url;
    }

    /// <param name="emulator">Talking to the npm emulator: its answers pass through <see cref="EmulatorAdapter"/>.</param>
    public static async Task<BotHost> StartAsync(
        IDictionary<string, string?> telegram,
        bool emulator = false
    )
    {
        var db = new TempDb();
        var port = FreePort.Next();
        var url = $"http://127.0.0.1:{port}";
        var settings = new Dictionary<string, string?> { ["CivBot:DefaultFlow"] = "urgent-ride" };
        foreach (var (key, value) in telegram)
            settings[$"CivBot:Telegram:{key}"] = value?.Replace(
                "{url}",
                url,
                StringComparison.Ordinal
            );
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var app = await CivBotHost.BuildAsync(
            configuration,
            FlowSetup.Load(Repo.Flows, "urgent-ride"),
            db.Path,
            ChannelRegistry.Configured(configuration),
            builder =>
            {
                builder.Logging.ClearProviders();
                if (emulator)
                    builder.Services.Replace(
                        ServiceDescriptor.Singleton(
                            new TelegramTransport(new EmulatorAdapter(new SocketsHttpHandler()))
                        )
                    );
                builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
                builder.Services.Configure<HostOptions>(o =>
                    o.ShutdownTimeout = TimeSpan.FromSeconds(5)
                );
            },
            CancellationToken.None
        );
        await app.StartAsync();
        return new BotHost(app, db, url);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Db.Dispose();
    }
}
