using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GovSearch.Tests.Extensions;

/// <summary>A logger provider that keeps every event written through it, with its id, level and structured values.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LoggedEvent> _events = new();

    /// <summary>The events so far, in order.</summary>
    public IReadOnlyList<LoggedEvent> Events => _events.ToArray();

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _events);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<LoggedEvent> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            events.Enqueue(new LoggedEvent(category, logLevel, eventId, formatter(state, exception),
                values.Where(v => v.Key != "{OriginalFormat}").ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal), exception));
        }
    }
}

/// <summary>One recorded log event.</summary>
public sealed record LoggedEvent(string Category, LogLevel Level, EventId Id, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception);
