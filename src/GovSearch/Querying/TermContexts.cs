using Lucene.Net.Index;
using Lucene.Net.Search;
using GovSearch.Indexing;

namespace GovSearch.Querying;

/// <summary>
/// Gives the term queries of a compiled query the term contexts (each segment's term state) their snapshot already
/// looked up, so a term that an earlier query of the same snapshot used is not sought again in every segment.
/// Lucene.Net allocates a terms enumerator and its blocks for each seek, and a search seeks every term of every
/// clause in every segment.
/// </summary>
internal static class TermContexts
{
    /// <summary>The snapshot forgets its contexts once it holds this many (a long-lived snapshot meets many terms).</summary>
    private const int MaximumCached = 20_000;

    /// <summary>Replaces, in place, each <see cref="TermQuery"/> of the query's Boolean tree (also under a
    /// <see cref="ConstantScoreQuery"/> or the query side of a <see cref="FilteredQuery"/>) by one that carries its cached
    /// context (same term, same boost), and each sloppy phrase of distinct terms by a
    /// <see cref="Proximity.SnapshotSloppyPhraseQuery"/> over the cached contexts of its terms (same matches, same scores);
    /// other queries are left as they are. Returns the query.</summary>
    public static Query Attach(Query query, IndexSearcher searcher) =>
        searcher is StatisticsCachingSearcher caching ? Swap(query, caching) : query;

    private static Query Swap(Query query, StatisticsCachingSearcher searcher) => query switch
    {
        TermQuery term => WithContext(term, searcher),
        BooleanQuery boolean => Sum(Walk(boolean, searcher)),
        PhraseQuery phrase when Proximity.SnapshotSloppyPhraseQuery.Handles(phrase) => WithContexts(phrase, searcher),
        ConstantScoreQuery { Query: { } inner } constant when Swap(inner, searcher) is var swapped && !ReferenceEquals(swapped, inner) =>
            new ConstantScoreQuery(swapped) { Boost = constant.Boost },
        FilteredQuery filtered when Swap(filtered.Query, searcher) is var swapped && !ReferenceEquals(swapped, filtered.Query) =>
            new FilteredQuery(swapped, filtered.Filter, filtered.Strategy) { Boost = filtered.Boost },
        _ => query,
    };

    private static BooleanQuery Walk(BooleanQuery boolean, StatisticsCachingSearcher searcher)
    {
        foreach (var clause in boolean.Clauses)
        {
            clause.Query = Swap(clause.Query, searcher);
        }

        return boolean;
    }

    /// <summary>A Boolean tree of optional terms as one <see cref="Scoring.TermSumQuery"/>; any other Boolean query as it is.</summary>
    private static Query Sum(BooleanQuery boolean) => Scoring.TermSumQuery.Qualifies(boolean) ? new Scoring.TermSumQuery(boolean) : boolean;

    private static TermQuery WithContext(TermQuery query, StatisticsCachingSearcher searcher) =>
        new(query.Term, Context(query.Term, searcher)) { Boost = query.Boost };

    /// <summary>A sloppy phrase scored from the snapshot's contexts of its terms (<see cref="Proximity.SnapshotSloppyPhraseQuery"/>).</summary>
    private static Proximity.SnapshotSloppyPhraseQuery WithContexts(PhraseQuery phrase, StatisticsCachingSearcher searcher) =>
        Proximity.SnapshotSloppyPhraseQuery.From(phrase, term => Context(term, searcher));

    /// <summary>The number of documents of the searcher's snapshot that hold the term, from its cached context when the
    /// searcher keeps them (the same count as <see cref="IndexReader.DocFreq"/>).</summary>
    public static int DocFreq(IndexSearcher searcher, Term term) =>
        searcher is StatisticsCachingSearcher caching ? Context(term, caching).DocFreq : searcher.IndexReader.DocFreq(term);

    private static TermContext Context(Term term, StatisticsCachingSearcher searcher)
    {
        var cache = searcher.TermContexts;
        if (!cache.TryGetValue(term, out var context))
        {
            if (cache.Count >= MaximumCached)
            {
                cache.Clear();
            }

            context = cache.GetOrAdd(term, TermContext.Build(searcher.TopReaderContext, term));
        }

        return context;
    }
}
