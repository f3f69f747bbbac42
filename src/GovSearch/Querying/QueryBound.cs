using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Querying;

/// <summary>
/// An upper bound of a query's BM25 score, up to the constant factor k1 + 1: the score of a document that matched
/// every clause with a term frequency beyond measure. Cross-lingual Auto calibration divides each side's best score
/// by its bound, so that each side says how completely its best document matches it, on one scale for both.
/// </summary>
/// <remarks>
/// A term counts its BM25 idf in its field, an exact phrase the sum of its terms' idfs, each times the boosts on its
/// path; a sloppy phrase (the proximity bonus of a query's words) counts nothing, being a bonus over the words; a
/// Boolean query sums its scoring clauses; a filter or constant-score query counts its boost alone, as Lucene scores
/// it; exclusions count nothing. Other query types count nothing.
/// </remarks>
internal static class QueryBound
{
    /// <summary>The bound of a query on a searcher's snapshot. Document frequencies come from the searcher's cached term
    /// contexts (<see cref="TermContexts.DocFreq"/>), which the search looks up anyway, rather than from seeking every
    /// term in every segment again.</summary>
    public static double Of(Query query, IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        return Of(query, searcher.IndexReader, term => TermContexts.DocFreq(searcher, term));
    }

    private static double Of(Query query, IndexReader reader, Func<Term, int> docFreq)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query switch
        {
            BooleanQuery boolean => boolean.Boost * boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).Sum(c => Of(c.Query, reader, docFreq)),
            TermQuery term => term.Boost * Idf(reader.MaxDoc, docFreq(term.Term)),
            PhraseQuery { Slop: > 0 } => 0,
            PhraseQuery phrase => phrase.Boost * phrase.GetTerms().Sum(t => Idf(reader.MaxDoc, docFreq(t))),
            FilteredQuery filtered => filtered.Boost * Of(filtered.Query, reader, docFreq),
            ConstantScoreQuery constant => constant.Boost,
            _ => 0,
        };
    }

    /// <summary>BM25's idf of a term: ln(1 + (N − df + 0.5) / (df + 0.5)), N the documents of the snapshot.</summary>
    private static double Idf(int maxDoc, int df) => Math.Log(1 + ((maxDoc - df + 0.5) / (df + 0.5)));
}
