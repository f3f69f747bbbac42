namespace GovSearch;

/// <summary>How one document scores for one query.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Matches">Whether the document matches the query.</param>
/// <param name="Score">Its score (0 when it does not match).</param>
/// <param name="Details">Lucene's explanation tree as indented text.</param>
public sealed record SearchExplanation(string Id, bool Matches, float Score, string Details)
{
    /// <summary>
    /// The everyday phrases of the query that were expanded into legal wording, one line each, such as
    /// "被狗咬了 → 饲养动物 损害责任 | ... (weight 0.5, tort)". Empty unless <see cref="SearchOptions.ExpandLayTerms"/> is on and a phrase matched.
    /// </summary>
    public IReadOnlyList<string> Expansions { get; init; } = [];

    /// <summary>The translations the search used, source by source in query order, each target with its weight;
    /// empty when <see cref="SearchOptions.CrossLingual"/> is off or no query term has a translation.</summary>
    public IReadOnlyList<QueryTranslation> Translations { get; init; } = [];

    /// <summary>The terms pseudo-relevance feedback added to the query, strongest first; empty unless
    /// <see cref="SearchOptions.FeedbackDocuments"/> is more than 0.</summary>
    public IReadOnlyList<string> Feedback { get; init; } = [];

    /// <summary>The user's synonyms the search used (<see cref="GovSearchIndexOptions.SynonymFiles"/>), in query order, each
    /// with its weight, file and line; empty when there are none or <see cref="SearchOptions.SynonymWeight"/> is 0.</summary>
    public IReadOnlyList<QuerySynonym> Synonyms { get; init; } = [];

    /// <summary>The learned ranker's features and score for the document, with its rank among the candidates before and
    /// after re-ranking; <see langword="null"/> unless <see cref="SearchOptions.LearnedRanking"/> is on (in relevance order).</summary>
    public RankerExplanation? Ranker { get; init; }
}
