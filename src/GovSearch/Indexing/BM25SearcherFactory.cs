using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace GovSearch.Indexing;

/// <summary>Makes searchers that score with BM25 (k1 = 1.2, b = 0.75), as the index was written with.</summary>
internal sealed class BM25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => Create(reader);

    /// <summary>A searcher over <paramref name="reader"/> that scores as the index's own searches do.</summary>
    internal static IndexSearcher Create(IndexReader reader) => StatisticsCachingSearcher.Create(reader);
}
