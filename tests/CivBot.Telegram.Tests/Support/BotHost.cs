namespace CivBot.Telegram.Tests.Support;

using System.Net;
using CivBot.Hosting;
using CivBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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

    public static async Task<BotHost> StartAsync(IDictionary<string, string?> telegram)
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

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var flows = FlowSetup.Load(Repo.Flows, "urgent-ride");
        builder.Services.AddCivBot(flows, Configuration.Settings(configuration), db.Path);
        builder.Services.AddCivBotStorageBackgroundServices();
        var channels = ChannelRegistry.Configured(configuration);
        foreach (var channel in channels)
            channel.Register(builder.Services, configuration);
        var app = builder.Build();
        await app.Services.InitializeCivBotAsync(CancellationToken.None);
        foreach (var channel in channels)
            channel.MapEndpoints(app);
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
