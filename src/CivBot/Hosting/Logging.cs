namespace CivBot.Hosting;

using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;

/// <summary>Serilog, configured once here: console by default, overridable under the <c>Serilog</c> config section.</summary>
public static class Logging
{
    /// <param name="toStandardError">The playground prints the bot's messages on stdout, so its logs go to stderr.</param>
    public static Serilog.ILogger Create(
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
