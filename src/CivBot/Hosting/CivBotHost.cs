namespace CivBot.Hosting;

using CivBot.Core.Flows;
using CivBot.Core.Receipts.Checkpoints;
using CivBot.Storage;
using CivBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

/// <summary>
/// The long-running host as <c>civbot run</c> composes it: engine and storage, the outbox and timer services, the
/// configured channels and their endpoints. Tests compose it here too, so they run what users run.
/// </summary>
public static class CivBotHost
{
    /// <param name="customize">Runs after the standard set-up (so it can override it): logging, Kestrel, timeouts.</param>
    /// <returns>The host, initialized (schema upgraded, flows pinned) but not started.</returns>
    public static async Task<WebApplication> BuildAsync(
        IConfiguration configuration,
        FlowCatalog flows,
        string databasePath,
        IReadOnlyList<IChannelModule> channels,
        Action<WebApplicationBuilder>? customize,
        CancellationToken cancellationToken
    )
    {
        // The slim builder: the same configuration sources, Kestrel and its "Kestrel" settings, HTTPS endpoints kept
        // below; left out are what CivBot does not use (IIS, HTTP/3, the Debug/EventSource/EventLog log providers that
        // Serilog replaces anyway, regex route constraints), which a start spent ~50 ms of CPU setting up.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.Configuration.AddConfiguration(configuration);
        builder.Services.AddCivBot(flows, Configuration.Settings(configuration), databasePath);
        builder.Services.AddCivBotStorageBackgroundServices();
        builder.Services.AddHostedService<Checkpoints.DailyCheckpointService>();
        builder.Services.Configure<HostOptions>(o =>
        {
            // Graceful shutdown: hosted services (outbox, timers, channels) get time to finish in-flight work.
            o.ShutdownTimeout = TimeSpan.FromSeconds(20);
            // Kestrel listens while the other services start (Telegram is asked for the bot and sets its webhook, the
            // background loops begin), not after them: /readyz answers sooner, and says ready only once they are.
            o.ServicesStartConcurrently = true;
        });
        foreach (var channel in channels)
            channel.Register(builder.Services, configuration);
        WebhookLimits.Add(builder);
        Management.Add(builder, configuration);
        customize?.Invoke(builder);
        RequestLog.AddServices(builder.Services);

        var app = builder.Build();
        var metrics = Management.PrepareAsync(app.Services);
        // Every channel's settings are checked before anything touches the database or the network, so a mistake
        // stops start-up with its own line (see ConfigurationErrors) rather than half-way through.
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>()
            .Validate();
        await app.Services.InitializeCivBotAsync(cancellationToken);
        await metrics;
        RequestLog.Use(app);
        Management.Use(app);
        app.UseRateLimiter();
        // The deployment key is made at first start (beside the database), not at the first checkpoint.
        app.Services.GetRequiredService<CheckpointSigner>();
        app.MapCivBotPages();
        foreach (var channel in channels)
            channel.MapEndpoints(app);
        return app;
    }
}
