namespace CivBot.Discord.Tests.Support;

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

/// <summary>Keeps every formatted log line, so tests can read what an operator would see (and what never appears).</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter
    ) =>
        Lines.Enqueue(
            (logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception))
        );

    public string All => string.Join("\n", Lines.Select(l => l.Text));
}
