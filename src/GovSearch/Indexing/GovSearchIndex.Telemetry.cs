using System.Diagnostics;
using GovSearch.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace GovSearch;

/// <summary>What the index reports through logs, metrics and traces (<see cref="GovSearchTelemetry"/>).</summary>
public sealed partial class GovSearchIndex
{
    /// <summary>The longest query text a slow-query event carries.</summary>
    private const int LoggedQueryLength = 200;

    private ILogger _logger = NullLogger.Instance;

    private string Where => Path ?? "(memory)";

    /// <summary>The tag that tells the indexes of one process apart in metrics.</summary>
    private KeyValuePair<string, object?> PathTag => new("govsearch.index.path", Where);

    /// <summary>Bytes of the index's files on disk (the folder's own files; the topic model's folder is not counted).</summary>
    internal long SizeOnDisk() => Path is null ? 0 : new DirectoryInfo(Path).EnumerateFiles().Sum(f => f.Length);

    /// <summary>Called once the index is open: takes its logger, says so, and joins the gauges.</summary>
    private void OnOpened()
    {
        _logger = _options.LoggerFactory?.CreateLogger(GovSearchTelemetry.LoggerCategory) ?? NullLogger.Instance;
        if (_logger.IsEnabled(LogLevel.Information))
        {
            Log.IndexOpened(_logger, Where, IsReadOnly ? "read-only" : "read-write", DocumentCount);
        }

        Instruments.Opened(this);
    }

    private void OnClosed() => Instruments.Closed(this);

    /// <summary>Times a search or suggestion call: a span, the query counter and histogram by mode, and a warning when slow.</summary>
    private async Task<T> Observed<T>(string operation, string mode, string query, Func<Task<T>> run, Action<Activity, T>? tag = null)
    {
        using var activity = Instruments.Source.StartActivity(operation);
        activity?.SetTag("govsearch.mode", mode);
        activity?.SetTag("govsearch.index.path", Where);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await run().ConfigureAwait(false);
            if (activity is not null)
            {
                tag?.Invoke(activity, result);
            }

            return result;
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var modeTag = new KeyValuePair<string, object?>("govsearch.mode", mode);
            Instruments.Queries.Add(1, modeTag, PathTag);
            Instruments.QueryDuration.Record(elapsed.TotalSeconds, modeTag, PathTag);
            if (elapsed >= _options.SlowQueryThreshold)
            {
                Log.SlowQuery(_logger, mode, Where, elapsed.TotalMilliseconds, _options.SlowQueryThreshold.TotalMilliseconds,
                    query.Length <= LoggedQueryLength ? query : query[..LoggedQueryLength] + "…");
            }
            else if (_logger.IsEnabled(LogLevel.Debug))
            {
                Log.Searched(_logger, mode, Where, elapsed.TotalMilliseconds);
            }
        }
    }

    /// <summary>A search, observed.</summary>
    private Task<SearchResults> ObservedSearch(string query, SearchOptions? options, Func<Task<SearchResults>> search) =>
        Observed("govsearch.search", (options ?? SearchOptions.Default).Mode == SearchMode.Hybrid ? "hybrid" : "lexical", query, search,
            static (activity, results) => activity.SetTag("govsearch.hits", results.TotalHits));

    /// <summary>A batch, observed: its documents counted when it succeeds, a warning when it fails (and was rolled back).</summary>
    private async Task<T> Written<T>(Task<T> batch, Func<T, int> documents)
    {
        try
        {
            var result = await batch.ConfigureAwait(false);
            Instruments.DocumentsIndexed.Add(documents(result), PathTag);
            return result;
        }
        catch (Exception e) when (e is not ObjectDisposedException)
        {
            Log.BatchFailed(_logger, e, Where);
            throw;
        }
    }

    private Task<int> Written(Task<int> batch) => Written(batch, static written => written);

    /// <summary>A commit, observed: a span, the commit histogram and an Information event.</summary>
    private async Task ObservedCommit(Func<Task> commit)
    {
        using var activity = Instruments.Source.StartActivity("govsearch.commit");
        activity?.SetTag("govsearch.index.path", Where);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await commit().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            if (e is IndexWriteException)
            {
                Log.BatchFailed(_logger, e, Where);
            }

            throw;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Instruments.CommitDuration.Record(seconds, PathTag);
        var documents = DocumentCount;
        activity?.SetTag("govsearch.documents", documents);
        Log.Committed(_logger, Where, documents, seconds);
    }

    /// <summary>A rollback, observed.</summary>
    private async Task ObservedRollback(Task rollback)
    {
        await rollback.ConfigureAwait(false);
        Log.RolledBack(_logger, Where);
    }

    /// <summary>Topic training, observed.</summary>
    private async Task<IReadOnlyList<TopicDescription>> ObservedTraining(Task<IReadOnlyList<TopicDescription>> training)
    {
        var started = Stopwatch.GetTimestamp();
        var topics = await training.ConfigureAwait(false);
        Log.TopicsTrained(_logger, topics.Count, Where, Stopwatch.GetElapsedTime(started).TotalSeconds);
        return topics;
    }
}
