using System.Globalization;

namespace GovSearch.Querying;

/// <summary>
/// Checks topic filters against the index's topic model. A topic: filter of the query text that names no topic of
/// the model (or any topic, without a model) is kept, since it still matches nothing, but earns a warning with its
/// position (a <see cref="QueryException"/> under <see cref="SearchOptions.Strict"/>). A typed
/// <see cref="SearchOptions.Topics"/> value is app code, not user input, so it throws instead, as hybrid search does.
/// </summary>
internal static class TopicFilterCheck
{
    /// <param name="parsed">The parsed query.</param>
    /// <param name="options">The search options (validated).</param>
    /// <param name="topicCount">The model's number of topics; null without a model.</param>
    /// <param name="noModel">Why there is no model, or null when there simply is none.</param>
    /// <returns>The parsed query, with the warnings added.</returns>
    /// <exception cref="TopicModelMissingException"><see cref="SearchOptions.Topics"/> is set and there is no model.</exception>
    /// <exception cref="ArgumentException"><see cref="SearchOptions.Topics"/> holds an id the model does not have.</exception>
    /// <exception cref="QueryException">Strict parsing, and a topic: filter names no topic of the model.</exception>
    public static ParsedQuery Check(ParsedQuery parsed, SearchOptions options, int? topicCount, string? noModel)
    {
        foreach (var topic in options.Topics)
        {
            if (topicCount is null)
            {
                throw new TopicModelMissingException(noModel ?? "Filtering by topic (SearchOptions.Topics) needs a topic model; train one with TrainTopicsAsync.");
            }

            if (topic >= topicCount)
            {
                throw new ArgumentException(
                    $"SearchOptions.Topics holds {topic}; the topic model has topics 0 to {topicCount - 1}.", nameof(SearchOptions.Topics));
            }
        }

        List<string>? warnings = null;
        foreach (var filter in parsed.Filters)
        {
            if (filter.Field != "topic")
            {
                continue;
            }

            var id = int.Parse(filter.Value!, CultureInfo.InvariantCulture);
            var problem = topicCount is null ? "The index has no topic model (train one with TrainTopicsAsync), so no document has a topic"
                : id >= topicCount ? $"There is no topic {id}; the topic model has topics 0 to {topicCount - 1}"
                : null;
            if (problem is null)
            {
                continue;
            }

            if (options.Strict)
            {
                throw new QueryException(parsed.Text, filter.Position, filter.Length, problem + ".");
            }

            warnings ??= [.. parsed.Warnings];
            if (warnings.Count < QueryParser.MaxWarnings)
            {
                warnings.Add($"{problem}; at position {filter.Position} the filter was kept, but no document has that topic.");
            }
        }

        return warnings is null ? parsed : parsed with { Warnings = warnings };
    }
}
