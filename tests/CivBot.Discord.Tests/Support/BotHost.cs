namespace CivBot.Discord.Tests.Support;

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
/// The bot as <c>civbot run</c> composes it (ChannelRegistry → DiscordModule, storage background services), on a temp
/// SQLite file, talking to the loopback Discord.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    public TempDb Db { get; }

    public IServiceProvider Services => _app.Services;

    private BotHost(WebApplication app, TempDb db)
    {
        _app = app;
        Db = db;
    }

    /// <param name="clock">
    /// The bot's clock; a <see cref="CivBot.Testing.ManualTimeProvider"/> that controls timers holds every delay the bot
    /// makes through it (the 1.5 s interaction deferral, gateway heartbeats, outbox retry polls) until the test advances it.
    /// </param>
    /// <param name="others">Other channels' settings (full keys, e.g. <c>CivBot:Telegram:Token</c>), for stories that
    /// span channels; <paramref name="port"/> then fixes the host's loopback port (SMS signatures name the URL).</param>
    /// <param name="services">Last changes to the composition, e.g. the Telegram transport wrapped for the emulator.</param>
    public static async Task<BotHost> StartAsync(
        IDictionary<string, string?> discord,
        TimeProvider? clock = null,
        IDictionary<string, string?>? others = null,
        int port = 0,
        Action<IServiceCollection>? services = null
    )
    {
        var db = new TempDb();
        var settings = new Dictionary<string, string?> { ["CivBot:DefaultFlow"] = "urgent-ride" };
        foreach (var (key, value) in discord)
            settings[$"CivBot:Discord:{key}"] = value;
        foreach (var (key, value) in others ?? new Dictionary<string, string?>())
            settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var channels = ChannelRegistry.Configured(configuration);
        if (others is null)
            Assert.Equal(["discord"], channels.Select(c => c.Name));
        var app = await CivBotHost.BuildAsync(
            configuration,
            FlowSetup.Load(Repo.Flows, "urgent-ride"),
            db.Path,
            channels,
            builder =>
            {
                builder.Logging.ClearProviders();
                if (Environment.GetEnvironmentVariable("CIVBOT_TEST_LOG") is not null)
                    builder.Logging.AddConsole();
                builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
                builder.Services.Configure<HostOptions>(o =>
                    o.ShutdownTimeout = TimeSpan.FromSeconds(5)
                );
                if (clock is not null)
                    builder.Services.AddSingleton(clock);
                services?.Invoke(builder.Services);
            },
            CancellationToken.None
        );
        await app.StartAsync();
        return new BotHost(app, db);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Db.Dispose();
    }
}
