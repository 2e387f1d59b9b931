namespace CivBot.Cli;

using CivBot.Core.Ports;
using CivBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Events;

/// <summary>A service provider for the command-line verbs: engine, storage and logging, no hosted services.</summary>
internal static class OneShot
{
    public static ServiceProvider Build(
        IConfiguration configuration,
        CivBotSettings settings,
        string databasePath,
        Core.Flows.FlowCatalog flows,
        TimeProvider? clock = null,
        IChannelSender? sender = null,
        Action<Storage.StorageOptions>? storage = null
    )
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(b =>
            b.UseCivBotSerilog(configuration, toStandardError: true, LogEventLevel.Warning)
        );
        if (clock is not null)
            services.AddSingleton(clock);
        if (sender is not null)
            services.AddSingleton(sender);
        services.AddCivBot(flows, settings, databasePath, storage);
        return services.BuildServiceProvider(
            new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }
        );
    }
}
