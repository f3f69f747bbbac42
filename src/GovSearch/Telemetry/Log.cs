using Microsoft.Extensions.Logging;

namespace GovSearch.Telemetry;

/// <summary>GovSearch's log events (ids listed at <see cref="GovSearchTelemetry"/>), source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, EventName = "IndexOpened", Level = LogLevel.Information,
        Message = "Opened the index at {Path} ({Access}), {Documents} documents.")]
    public static partial void IndexOpened(ILogger logger, string path, string access, int documents);

    [LoggerMessage(EventId = 1101, EventName = "Committed", Level = LogLevel.Information,
        Message = "Committed the index at {Path}: {Documents} documents in the index, in {Seconds:0.000} s.")]
    public static partial void Committed(ILogger logger, string path, int documents, double seconds);

    [LoggerMessage(EventId = 1102, EventName = "RolledBack", Level = LogLevel.Information,
        Message = "Rolled back the uncommitted changes of the index at {Path}.")]
    public static partial void RolledBack(ILogger logger, string path);

    [LoggerMessage(EventId = 1103, EventName = "BatchFailed", Level = LogLevel.Warning,
        Message = "A write to the index at {Path} failed; every change since the last commit was rolled back.")]
    public static partial void BatchFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 1201, EventName = "TopicsTrained", Level = LogLevel.Information,
        Message = "Trained {Topics} topics for the index at {Path} in {Seconds:0.0} s.")]
    public static partial void TopicsTrained(ILogger logger, int topics, string path, double seconds);

    [LoggerMessage(EventId = 1301, EventName = "SlowQuery", Level = LogLevel.Warning,
        Message = "A {Mode} query on the index at {Path} took {Milliseconds:0.0} ms (threshold {Threshold:0.0} ms): {Query}")]
    public static partial void SlowQuery(ILogger logger, string mode, string path, double milliseconds, double threshold, string query);

    [LoggerMessage(EventId = 1302, EventName = "Searched", Level = LogLevel.Debug,
        Message = "A {Mode} query on the index at {Path} took {Milliseconds:0.0} ms.")]
    public static partial void Searched(ILogger logger, string mode, string path, double milliseconds);

    [LoggerMessage(EventId = 1401, EventName = "InputSkipped", Level = LogLevel.Warning,
        Message = "Skipped {Location}: {Reason}")]
    public static partial void InputSkipped(ILogger logger, string location, string reason);

    [LoggerMessage(EventId = 1501, EventName = "SuggestionsGathered", Level = LogLevel.Information,
        Message = "Gathered {Candidates} suggestion candidates from the index at {Path} in {Seconds:0.00} s.")]
    public static partial void SuggestionsGathered(ILogger logger, int candidates, string path, double seconds);
}
