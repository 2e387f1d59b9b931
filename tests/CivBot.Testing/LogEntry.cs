namespace CivBot.Testing;

using Microsoft.Extensions.Logging;

public sealed record LogEntry(
    LogLevel Level,
    string Category,
    string Message,
    Exception? Exception
);
