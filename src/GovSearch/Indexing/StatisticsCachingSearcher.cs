using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace GovSearch.Indexing;

/// <summary>
/// A BM25 searcher over one snapshot that computes each field's collection statistics once: Lucene.Net merges the
/// statistics of every segment again for each term of each query, and the snapshot never changes.
/// </summary>
internal sealed class StatisticsCachingSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _fields = new(StringComparer.Ordinal);

    /// <summary>Also the term contexts of this snapshot, for <see cref="Querying.TermContexts"/>.</summary>
    internal ConcurrentDictionary<Term, TermContext> TermContexts { get; } = new();

    public override CollectionStatistics CollectionStatistics(string field) =>
        _fields.TryGetValue(field, out var statistics) ? statistics : _fields.GetOrAdd(field, base.CollectionStatistics(field));

    /// <summary>A searcher over <paramref name="reader"/> that scores with BM25, as the index was written with.</summary>
    public static StatisticsCachingSearcher Create(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
}
