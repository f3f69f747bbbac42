namespace GovSearch.Ranking;

/// <summary>
/// The features the learned ranker reads for one (query, candidate) pair, in the order of the model's feature vector.
/// Each is computed from the index's postings and doc values (never from a re-analysis of the document's text); the
/// README of this folder describes each one.
/// </summary>
internal static class RankingFeatures
{
    /// <summary>The candidate's score in the lexical ranking divided by the best candidate's (0 to 1).</summary>
    public const int LexicalScore = 0;

    /// <summary>1 / the candidate's rank in the lexical ranking.</summary>
    public const int LexicalRank = 1;

    /// <summary>BM25 of the query's words in the word text field (the sum over the distinct query terms).</summary>
    public const int TextBm25 = 2;

    /// <summary>BM25 of the query's words in the word title field.</summary>
    public const int TitleBm25 = 3;

    /// <summary>BM25 of the query's Han character bigrams in the bigram title and text fields; 0 without bigram fields.</summary>
    public const int BigramBm25 = 4;

    /// <summary>The share of the query's distinct terms that occur in the title (0 to 1).</summary>
    public const int TitleTermShare = 5;

    /// <summary>1 when the title holds the whole query text (normalized, without spaces and punctuation), else 0.</summary>
    public const int TitlePhrase = 6;

    /// <summary>1 when the title is the query text (or the query text after 中华人民共和国), else 0.</summary>
    public const int TitleExact = 7;

    /// <summary>The share of the query's distinct terms that occur in the text (0 to 1).</summary>
    public const int TextTermShare = 8;

    /// <summary>(k − 1) / span of the smallest window of positions holding each of the k ≥ 2 query terms the text holds: 1 when they stand adjacent; 0 when fewer than two occur.</summary>
    public const int Proximity = 9;

    /// <summary>The best passage's score (the sum over the distinct query terms it holds of idf · (1 + ln count)) divided by the sum of the query terms' idf.</summary>
    public const int BestPassage = 10;

    /// <summary>The share of the thesaurus's legal terms for the query's everyday phrases that occur in the text; 0 when the query has none.</summary>
    public const int LayTermShare = 11;

    /// <summary>How many everyday phrases of the query the governance thesaurus knows (the same for every candidate of a query).</summary>
    public const int LayPhrases = 12;

    /// <summary>The cosine between the candidate's topic vector and the BM25-weighted mean of the top 10 candidates'; 0 without a topic model.</summary>
    public const int TopicCosine = 13;

    /// <summary>The first of the one-hot document types, in the order of <see cref="DocTypes"/>.</summary>
    public const int FirstDocType = 14;

    /// <summary>The document's year; 0 when undated.</summary>
    public const int Year = FirstDocType + 7;

    /// <summary>ln(1 + the text's length in characters).</summary>
    public const int Length = Year + 1;

    /// <summary>1 when the document's language is the query's script (a query with Han characters and a Chinese document, or one without and a document not in Chinese), else 0.</summary>
    public const int SameLanguage = Length + 1;

    /// <summary>How many features there are.</summary>
    public const int Count = SameLanguage + 1;

    /// <summary>The corpus schema's document types, one feature each; any other type counts as "other".</summary>
    public static readonly IReadOnlyList<string> DocTypes = ["law", "regulation", "report", "speech", "constitution", "declaration", "other"];

    /// <summary>The feature names, in vector order (the contract between a model file and this code).</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "lexicalScore", "lexicalRank", "textBm25", "titleBm25", "bigramBm25", "titleTermShare", "titlePhrase", "titleExact",
        "textTermShare", "proximity", "bestPassage", "layTermShare", "layPhrases", "topicCosine",
        .. DocTypes.Select(t => "type:" + t),
        "year", "length", "sameLanguage",
    ];

    /// <summary>The one-hot slot of a document type.</summary>
    public static int DocTypeSlot(string? type)
    {
        var index = -1;
        for (var i = 0; i < DocTypes.Count && type is not null; i++)
        {
            if (string.Equals(DocTypes[i], type.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                index = i;
            }
        }

        return FirstDocType + (index < 0 ? DocTypes.Count - 1 : index);
    }
}
