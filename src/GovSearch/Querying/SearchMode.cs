namespace GovSearch;

/// <summary>How hits are ranked.</summary>
public enum SearchMode
{
    /// <summary>BM25 over title and text (the default).</summary>
    Lexical,

    /// <summary>
    /// BM25 candidates re-ranked by a blend with topic similarity: needs a trained topic model
    /// (see <see cref="SearchOptions.TopicWeight"/> for the formula).
    /// </summary>
    Hybrid,
}
