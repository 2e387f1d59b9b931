namespace CivBot.Cli;

using System.CommandLine;
using CivBot.Hosting;
using CivBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog.Events;

/// <summary><c>civbot run</c>: the long-running host with the channels configured under <c>CivBot:*</c>.</summary>
internal static class RunVerb
{
    public static Command Create()
    {
        var command = new Command(
            "run",
            "Run the bot with the channels from appsettings.json / CivBot__* environment variables."
        );
        command.SetAction((parse, ct) => RunAsync(ct));
        return command;
    }

    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var configuration = Configuration.Build();
        var settings = Configuration.Settings(configuration);
        var channels = ChannelRegistry.Configured(configuration);
        if (channels.Count == 0)
        {
            await Console.Error.WriteLineAsync(ChannelRegistry.NoChannelHelp);
            return 2;
        }

        Core.Flows.FlowCatalog flows;
        try
        {
            flows = FlowSetup.Load(
                FlowSetup.ResolveDirectory(settings.FlowsDirectory),
                settings.DefaultFlow
            );
        }
        catch (InvalidFlowsException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder
            .Logging.ClearProviders()
            .AddSerilog(
                Logging.Create(configuration, toStandardError: false, LogEventLevel.Information),
                dispose: true
            );
        builder.Services.AddCivBot(flows, settings, Path.GetFullPath(settings.Database));
        builder.Services.AddCivBotStorageBackgroundServices();
        // Graceful shutdown: hosted services (outbox, timers, channels) get time to finish in-flight work.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        foreach (var channel in channels)
            channel.Register(builder.Services, configuration);

        var app = builder.Build();
        await app.Services.InitializeCivBotAsync(cancellationToken);
        app.MapGet("/healthz", () => Microsoft.AspNetCore.Http.Results.Ok("ok"));
        foreach (var channel in channels)
            channel.MapEndpoints(app);
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
