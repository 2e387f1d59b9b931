namespace CivBot.Testing;

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

/// <summary>Keeps every log entry (level, category, formatted message, exception) the host writes.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    /// <summary>Every entry as one line (level, category, message, exception), e.g. to check no phone number is logged.</summary>
    public IEnumerable<string> Lines =>
        Entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}");

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>A logger for one class, for code built by hand rather than by a host.</summary>
    public ILogger<T> For<T>() => new Typed<T>(CreateLogger(typeof(T).FullName ?? typeof(T).Name));

    /// <summary>Every message (with its exception), one per line.</summary>
    public string All =>
        string.Join("\n", Entries.Select(e => $"{e.Message} {e.Exception}".TrimEnd()));

    public void Dispose() { }

    private sealed class Logger(LogRecorder recorder, string category) : ILogger
    {
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
            recorder.Entries.Enqueue(
                new(logLevel, category, formatter(state, exception), exception)
            );
    }

    private sealed class Typed<T>(ILogger inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        ) => inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
