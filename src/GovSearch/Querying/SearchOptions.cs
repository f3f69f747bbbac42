namespace GovSearch.Querying;

/// <summary>Settings of one search. Every default is safe for interactive use.</summary>
public sealed record SearchOptions
{
    /// <summary>The largest page a search returns: 1,000 hits.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The deepest offset a search pages to: 100,000.</summary>
    public const int MaxOffset = 100_000;

    /// <summary>
    /// The longest query, in UTF-16 characters: 100,000. A longer query is refused with a <see cref="QueryException"/>
    /// at the first character past the limit, before any analysis, so a hostile query costs bounded time and memory.
    /// </summary>
    public const int MaxQueryLength = 100_000;

    /// <summary>The default options.</summary>
    public static SearchOptions Default { get; } = new();

    /// <summary>How many hits to skip: 0 to <see cref="MaxOffset"/>. Default: 0.</summary>
    public int Offset { get; init; }

    /// <summary>How many hits to return: 1 to <see cref="MaxLimit"/>. Default: 10.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>The order of hits. Default: <see cref="SearchSort.Relevance"/>.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>How hits are ranked. Default: <see cref="SearchMode.Lexical"/>.</summary>
    public SearchMode Mode { get; init; } = SearchMode.Lexical;

    /// <summary>
    /// In <see cref="SearchMode.Hybrid"/>, the weight w of topic similarity: each of the top <see cref="RerankDepth"/>
    /// BM25 candidates scores (1 − w) · bm25 / max bm25 + w · cos(query topics, document topics), where the query's
    /// topics are the BM25-weighted mean of the top 10 candidates' topic vectors (pseudo-relevance feedback). Hybrid
    /// applies to relevance order only. 0 to 1. Default: 0.1 (on the judged query set, 0.1 scores nDCG@10 0.922 against 0.921 for lexical with the default topic model; 0.2 and more scored lower).
    /// </summary>
    public float TopicWeight { get; init; } = 0.1f;

    /// <summary>In <see cref="SearchMode.Hybrid"/>, how many BM25 candidates are re-ranked: 10 to 1,000. Default: 100.</summary>
    public int RerankDepth { get; init; } = 100;

    /// <summary>
    /// How words combine without OR. Default: <see cref="QueryOperator.Or"/> (any word may match; documents with more of
    /// them, and with them close together, rank higher), as in Lucene and Tantivy. On the judged query set it scores
    /// nDCG@10 0.92 against 0.78 for <see cref="QueryOperator.And"/>, which misses documents that word a need differently.
    /// </summary>
    public QueryOperator DefaultOperator { get; init; } = QueryOperator.Or;

    /// <summary>
    /// Whether malformed syntax is an error. Default: <see langword="false"/>: an unbalanced quote, a lone operator,
    /// a stray colon or bracket, or a bad filter value is read as literal text and noted in
    /// <see cref="SearchResults.Warnings"/>. When <see langword="true"/>, each throws a <see cref="QueryException"/> with its position.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>How much a match in the title outweighs one in the text: 0 to 100. Default: 1.5.</summary>
    public float TitleBoost { get; init; } = 1.5f;

    /// <summary>The most terms a query may have after analysis, each filter counting as one: 1 to 1,000. Default: 512. More is a <see cref="QueryException"/>.</summary>
    public int MaxQueryTerms { get; init; } = 512;

    /// <summary>How many passages each hit carries, best first: 0 to 3. Default: 3.</summary>
    public int PassagesPerHit { get; init; } = 3;

    /// <summary>The longest snippet, in characters of text (markers not counted): 40 to 2,000. Default: 240.</summary>
    public int SnippetLength { get; init; } = 240;

    /// <summary>The text put before each match in a snippet. Default: "&lt;mark&gt;".</summary>
    public string HighlightStart { get; init; } = "<mark>";

    /// <summary>The text put after each match in a snippet. Default: "&lt;/mark&gt;".</summary>
    public string HighlightEnd { get; init; } = "</mark>";

    /// <summary>Whether snippet text is escaped for HTML (the markers are not). Default: <see langword="true"/>.</summary>
    public bool EscapeHtml { get; init; } = true;

    /// <summary>Whether facet counts are computed. Default: <see langword="true"/>.</summary>
    public bool IncludeFacets { get; init; } = true;

    /// <summary>The most values listed per facet, largest counts first: 1 to 1,000. Default: 20.</summary>
    public int FacetLimit { get; init; } = 20;

    /// <summary>
    /// Whether everyday phrases in the query (被狗咬, 加班费, 老赖, "cabinet") also search for the legal wording the
    /// governance thesaurus maps them to (饲养动物 损害责任, 延长工作时间 工资报酬, 失信被执行人, 国务院). The user's words are
    /// kept, and words inside a quoted phrase are not expanded; the legal wording is added as optional alternatives weighted by <see cref="LayTermWeight"/>, its terms count
    /// toward <see cref="MaxQueryTerms"/>, and <see cref="GovSearch.Indexing.GovSearchIndex.ExplainAsync"/> lists each expansion.
    /// Default: <see langword="false"/>.
    /// </summary>
    public bool ExpandLayTerms { get; init; }

    /// <summary>With <see cref="ExpandLayTerms"/>, the boost of the added legal wording relative to the user's own words: 0 to 1. Default: 0.5.</summary>
    public float LayTermWeight { get; init; } = 0.5f;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        Check(Offset is >= 0 and <= MaxOffset, nameof(Offset), Offset, $"between 0 and {MaxOffset:N0}");
        Check(Limit is >= 1 and <= MaxLimit, nameof(Limit), Limit, $"between 1 and {MaxLimit:N0}");
        Check(Enum.IsDefined(Sort), nameof(Sort), Sort, "Relevance, DateDescending or DateAscending");
        Check(Enum.IsDefined(DefaultOperator), nameof(DefaultOperator), DefaultOperator, "And or Or");
        Check(Enum.IsDefined(Mode), nameof(Mode), Mode, "Lexical or Hybrid");
        Check(TopicWeight is >= 0 and <= 1, nameof(TopicWeight), TopicWeight, "between 0 and 1");
        Check(RerankDepth is >= 10 and <= 1000, nameof(RerankDepth), RerankDepth, "between 10 and 1,000");
        Check(TitleBoost is >= 0 and <= 100, nameof(TitleBoost), TitleBoost, "between 0 and 100");
        Check(LayTermWeight is >= 0 and <= 1, nameof(LayTermWeight), LayTermWeight, "between 0 and 1");
        Check(MaxQueryTerms is >= 1 and <= 1000, nameof(MaxQueryTerms), MaxQueryTerms, "between 1 and 1,000");
        Check(PassagesPerHit is >= 0 and <= 3, nameof(PassagesPerHit), PassagesPerHit, "between 0 and 3");
        Check(SnippetLength is >= 40 and <= 2000, nameof(SnippetLength), SnippetLength, "between 40 and 2,000");
        Check(HighlightStart is not null, nameof(HighlightStart), HighlightStart, "a string (it may be empty)");
        Check(HighlightEnd is not null, nameof(HighlightEnd), HighlightEnd, "a string (it may be empty)");
        Check(FacetLimit is >= 1 and <= 1000, nameof(FacetLimit), FacetLimit, "between 1 and 1,000");
    }

    private static void Check(bool ok, string name, object? value, string allowed)
    {
        if (!ok)
        {
            throw new ArgumentException($"SearchOptions.{name} is {value ?? "null"}; it must be {allowed}.", name);
        }
    }
}
