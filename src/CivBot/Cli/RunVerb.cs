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
        var skipped = new List<Core.Flows.FlowError>();
        try
        {
            flows = FlowSetup.Load(
                FlowSetup.ResolveDirectory(settings.FlowsDirectory),
                settings.DefaultFlow,
                skipped.Add
            );
        }
        catch (InvalidFlowsException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        var app = await CivBotHost.BuildAsync(
            configuration,
            flows,
            Path.GetFullPath(settings.Database),
            channels,
            builder =>
                builder.Logging.UseCivBotSerilog(
                    configuration,
                    toStandardError: false,
                    LogEventLevel.Information
                ),
            cancellationToken
        );
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CivBot.Flows");
        foreach (var error in skipped)
            log.LogWarning(
                "Flow file {Problem}: this flow is not offered to groups until it is fixed",
                error.ToString()
            );
        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch
            {
                // A service refused to start (a setting to fix, reported by the caller in one line): stop the services
                // already running before the container is disposed, so none of them meets a disposed provider mid-query.
                await app.StopAsync(CancellationToken.None);
                throw;
            }
            await app.WaitForShutdownAsync(cancellationToken);
        }
        return 0;
    }
}
