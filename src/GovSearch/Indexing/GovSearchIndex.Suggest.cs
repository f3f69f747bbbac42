using GovSearch.Suggestions;
using Lucene.Net.Index;

namespace GovSearch;

public sealed partial class GovSearchIndex
{
    private SuggestionCache? _suggestions;

    /// <summary>Completes what a user is typing: titles, passage headings, protected formulations and frequent multi-word
    /// terms of the indexed documents that start with the prefix, best first. Chinese (simplified or traditional) and
    /// English prefixes are folded as described at <see cref="SuggestOptions"/>, which also states the score.</summary>
    /// <param name="prefix">What the user has typed so far. An empty or blank prefix, or one that no candidate starts with,
    /// gives an empty list.</param>
    /// <param name="options">How many, and from which sources. Default: <see cref="SuggestOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the call, also while it waits for the candidates of a new commit to be
    /// gathered (the gathering goes on for the next call).</param>
    /// <returns>At most <see cref="SuggestOptions.Limit"/> suggestions, highest score first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, SuggestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return Observed("govsearch.suggest", "suggest", prefix, () => SuggestCoreAsync(prefix, options, cancellationToken),
            static (activity, suggestions) => activity.SetTag("govsearch.suggestions", suggestions.Count));
    }

    private async Task<IReadOnlyList<Suggestion>> SuggestCoreAsync(string prefix, SuggestOptions? options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= SuggestOptions.Default;
        options.Validate();
        var key = SuggestionKey.Fold(prefix);
        if (key.Length == 0)
        {
            return [];
        }

        var pending = WithSearcher(searcher => SuggestionsFor(searcher.IndexReader));
        var table = pending.IsCompletedSuccessfully ? pending.Result : await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
        return table.Lookup(key, options);
    }

    /// <summary>The candidates of the commit a reader shows, gathered once per commit on a pool thread.</summary>
    private Task<SuggestionTable> SuggestionsFor(IndexReader reader)
    {
        while (true)
        {
            var cache = Volatile.Read(ref _suggestions);
            if (cache is not null && ReferenceEquals(cache.Reader, reader))
            {
                return cache.Table;
            }

            var gate = new TaskCompletionSource<SuggestionTable>(TaskCreationOptions.RunContinuationsAsynchronously);
            var fresh = new SuggestionCache(reader, gate.Task);
            if (Interlocked.CompareExchange(ref _suggestions, fresh, cache) != cache)
            {
                continue;
            }

            reader.IncRef();
            _ = Task.Run(() =>
            {
                try
                {
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    var table = SuggestionTableBuilder.Build(reader, Analysis, _queryAnalyzer);
                    Telemetry.Log.SuggestionsGathered(_logger, table.Count, Where, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
                    gate.SetResult(table);
                }
                catch (Exception e)
                {
                    gate.SetException(e);
                }
                finally
                {
                    reader.DecRef();
                }
            });
            return gate.Task;
        }
    }

    /// <summary>The suggestion candidates of one reader's commit.</summary>
    private sealed record SuggestionCache(IndexReader Reader, Task<SuggestionTable> Table);
}
