namespace CivBot.Cli;

using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;

internal static class SerilogBuilderExtensions
{
    public static ILoggingBuilder AddSerilog(
        this ILoggingBuilder builder,
        Serilog.ILogger logger,
        bool dispose
    ) => builder.AddProvider(new SerilogLoggerProvider(logger, dispose));
}
