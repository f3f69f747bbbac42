namespace GovSearch;

/// <summary>The answer to a search: one page of hits, the total, and facet counts.</summary>
public sealed record SearchResults
{
    /// <summary>The query text as given.</summary>
    public required string Query { get; init; }

    /// <summary>How many documents match in all.</summary>
    public required int TotalHits { get; init; }

    /// <summary>The hits of the page asked for.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>Counts over every matching document.</summary>
    public SearchFacets Facets { get; init; } = SearchFacets.Empty;

    /// <summary>What lenient parsing read as literal text, and topic: filters naming a topic the model lacks, each with
    /// its position, such as "The quote is not closed; at position 4 it was read as text.": at most 20, then one last
    /// warning counting the rest. Always empty for <see cref="QuerySyntax.Literal"/>.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
