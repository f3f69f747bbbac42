using Lucene.Net.Search;

namespace GovSearch.Querying;

/// <summary>A parsed query turned into Lucene: what matches and scores, what filters, and which terms to highlight.</summary>
/// <param name="Parsed">The parsed query.</param>
/// <param name="Query">The scoring query, with filters applied.</param>
/// <param name="HighlightTerms">The distinct analyzed terms of the positive clauses (and of their translations, when cross-lingual), for snippets.</param>
/// <param name="Expansions">The everyday phrases expanded into legal wording, one readable line each (see <see cref="SearchOptions.ExpandLayTerms"/>).</param>
internal sealed record CompiledQuery(ParsedQuery Parsed, Query Query, IReadOnlyList<string> HighlightTerms, IReadOnlyList<string> Expansions)
{
    /// <summary>The translations a cross-lingual search used, in query order; empty when it is off.</summary>
    public IReadOnlyList<QueryTranslation> Translations { get; init; } = [];

    /// <summary>The terms pseudo-relevance feedback added, strongest first; empty when it is off (<see cref="SearchOptions.FeedbackDocuments"/>).</summary>
    public IReadOnlyList<string> Feedback { get; init; } = [];

    /// <summary>The user's synonyms the search used, in query order, each with the terms a hit must hold to hold it.</summary>
    public IReadOnlyList<(QuerySynonym Synonym, string[] Terms)> Synonyms { get; init; } = [];

    /// <summary>The terms of the legal wording the thesaurus expansion added, verbatim and soft matches alike, less the
    /// user's own terms, each with its match's quality; empty when nothing was expanded (<see cref="Ranking.LayTermCoverage"/> reads them).</summary>
    public IReadOnlyList<LayTerm> LayTerms { get; init; } = [];
}
