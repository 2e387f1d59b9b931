namespace CivBot.Hosting;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

/// <summary>
/// Serilog, set up here once for every verb (<c>run</c>, <c>chat</c>, <c>page</c>, the one-shot verbs): console by
/// default, overridable under the <c>Serilog</c> config section.
/// </summary>
public static class Logging
{
    /// <summary>Makes Serilog the only logging provider of <paramref name="logging"/>.</summary>
    /// <param name="toStandardError">The playground prints the bot's messages on stdout, so its logs go to stderr.</param>
    public static ILoggingBuilder UseCivBotSerilog(
        this ILoggingBuilder logging,
        IConfiguration configuration,
        bool toStandardError,
        LogEventLevel minimum
    )
    {
        var logger = Create(configuration, toStandardError, minimum);
        logging.ClearProviders();
        logging.Services.AddSerilog(logger, dispose: true);
        // Request logging (RequestLog) writes through this logger.
        logging.Services.AddSingleton<Serilog.ILogger>(logger);
        return logging;
    }

    private static Serilog.Core.Logger Create(
        IConfiguration configuration,
        bool toStandardError,
        LogEventLevel minimum
    )
    {
        var config = new LoggerConfiguration()
            .MinimumLevel.Is(minimum)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            // The host logs a failed start with its stack trace; a configuration mistake is printed as its own line.
            .Filter.ByExcluding(e => ConfigurationErrors.Describe(e.Exception) is not null)
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: toStandardError ? LogEventLevel.Verbose : null
            );
        if (configuration.GetSection("Serilog").Exists())
            config.ReadFrom.Configuration(configuration);
        return config.CreateLogger();
    }
}
