using System.Runtime.CompilerServices;
using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GovSearch.Citations;

/// <summary>
/// The laws of one index snapshot: which documents share a title key (versions of one law), which version is
/// current, how references resolve to versions, and how many documents cite each law. Built from doc values once per
/// snapshot (reader) and cached with it, so searches, <c>cites</c> and <c>cited-by</c> share it.
/// </summary>
internal sealed class LawGraph
{
    private static readonly ConditionalWeakTable<IndexReader, LawGraph> Cache = new();

    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly string?[] _keys;
    private readonly long[] _dates;
    private readonly bool[] _hasDate;
    private readonly bool[] _current;
    private readonly Dictionary<string, int> _inDegree = new(StringComparer.Ordinal);

    private LawGraph(IndexReader reader)
    {
        var maxDoc = reader.MaxDoc;
        _keys = new string?[maxDoc];
        _dates = new long[maxDoc];
        _hasDate = new bool[maxDoc];
        _current = new bool[maxDoc];
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            var keys = atomic.GetSortedDocValues(FieldNames.TitleKey);
            var dates = atomic.GetNumericDocValues(FieldNames.Date);
            var hasDate = atomic.GetDocsWithField(FieldNames.Date);
            var cites = atomic.GetSortedSetDocValues(FieldNames.Cites);
            for (var local = 0; local < atomic.MaxDoc; local++)
            {
                if (live is not null && !live.Get(local))
                {
                    continue;
                }

                var doc = leaf.DocBase + local;
                _current[doc] = true;
                if (dates is not null && hasDate is not null && hasDate.Get(local))
                {
                    _dates[doc] = dates.Get(local);
                    _hasDate[doc] = true;
                }

                if (keys is not null && keys.GetOrd(local) >= 0)
                {
                    keys.Get(local, scratch);
                    var key = scratch.Utf8ToString();
                    _keys[doc] = key;
                    if (!_byKey.TryGetValue(key, out var list))
                    {
                        _byKey[key] = list = [];
                    }

                    list.Add(doc);
                }

                if (cites is not null)
                {
                    cites.SetDocument(local);
                    long ord;
                    while ((ord = cites.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    {
                        cites.LookupOrd(ord, scratch);
                        var cited = scratch.Utf8ToString();
                        _inDegree[cited] = _inDegree.GetValueOrDefault(cited) + 1;
                    }
                }
            }
        }

        foreach (var (key, docs) in _byKey)
        {
            if (docs.Count > 1 && LawTitles.IsVersioned(key))
            {
                var latest = docs.MaxBy(d => (_hasDate[d] ? 1 : 0, _dates[d], d));
                foreach (var doc in docs)
                {
                    _current[doc] = doc == latest;
                }
            }
        }

        MaximumInDegree = _inDegree.Count == 0 ? 0 : _inDegree.Values.Max();
    }

    /// <summary>The most documents citing one law.</summary>
    public int MaximumInDegree { get; }

    /// <summary>The graph of a snapshot, built on first use.</summary>
    public static LawGraph For(IndexReader reader) => Cache.GetValue(reader, r => new LawGraph(r));

    /// <summary>A document's title key, or <see langword="null"/>.</summary>
    public string? KeyOf(int doc) => _keys[doc];

    /// <summary>Whether a document is the latest version of its law (true for documents with no other version).</summary>
    public bool IsCurrent(int doc) => _current[doc];

    /// <summary>The documents of a law, including <paramref name="doc"/>, oldest first; just the document when it has no versions.</summary>
    public IReadOnlyList<int> VersionsOf(int doc) =>
        _keys[doc] is { } key && LawTitles.IsVersioned(key) && _byKey.TryGetValue(key, out var docs)
            ? docs.OrderBy(d => (_hasDate[d] ? 1 : 0, _dates[d], d)).ToList()
            : [doc];

    /// <summary>
    /// How many other versions a document's law has, without building the graph: one term lookup of the document's
    /// title key. A search uses this for its page of hits, so that a search on a new snapshot (the first after opening
    /// or a commit) does not pay for reading every document's keys; it gives what <see cref="OtherVersions(int)"/> gives.
    /// </summary>
    public static int CountOtherVersions(Lucene.Net.Search.IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var keys = leaf.AtomicReader.GetSortedDocValues(FieldNames.TitleKey);
        if (keys is null || keys.GetOrd(doc - leaf.DocBase) < 0)
        {
            return 0;
        }

        var bytes = new BytesRef();
        keys.Get(doc - leaf.DocBase, bytes);
        var key = bytes.Utf8ToString();
        if (!LawTitles.IsVersioned(key))
        {
            return 0;
        }

        var counts = VersionCounts.GetValue(searcher.IndexReader, _ => new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal));
        if (counts.TryGetValue(key, out var known))
        {
            return known;
        }

        var count = new Lucene.Net.Search.TotalHitCountCollector();
        searcher.Search(new Lucene.Net.Search.TermQuery(new Term(FieldNames.TitleKey, key)), count);
        return counts.GetOrAdd(key, Math.Max(count.TotalHits - 1, 0));
    }

    /// <summary>Per snapshot, the other-version counts <see cref="CountOtherVersions"/> has looked up, by title key: a
    /// law on many pages of hits is counted once.</summary>
    private static readonly ConditionalWeakTable<IndexReader, System.Collections.Concurrent.ConcurrentDictionary<string, int>> VersionCounts = new();

    /// <summary>How many other versions a document's law has in the index.</summary>
    public int OtherVersions(int doc) =>
        _keys[doc] is { } key && LawTitles.IsVersioned(key) && _byKey.TryGetValue(key, out var docs) ? docs.Count - 1 : 0;

    /// <summary>The group a document collapses into: its title key when it has versions, else its own number.</summary>
    public object GroupOf(int doc) => OtherVersions(doc) > 0 ? _keys[doc]! : doc;

    /// <summary>How many documents have another version in the index (they are what collapsing can fold).</summary>
    public int FoldableCount => _byKey.Where(p => p.Value.Count > 1 && LawTitles.IsVersioned(p.Key)).Sum(p => p.Value.Count);

    /// <summary>How many documents cite a law, by key.</summary>
    public int InDegree(string key) => _inDegree.GetValueOrDefault(key);

    /// <summary>A document's citation authority: log(1 + documents citing its law) / log(1 + the most any law has), 0 to 1.</summary>
    public double Authority(int doc) =>
        MaximumInDegree == 0 || _keys[doc] is not { } key ? 0 : Math.Log(1 + InDegree(key)) / Math.Log(1 + MaximumInDegree);

    /// <summary>
    /// The document a reference from <paramref name="citing"/> to <paramref name="key"/> resolves to: of the documents
    /// with the key (the citing one excluded), the latest dated on or before the citing document's date; when all are
    /// later, the earliest; when the citing document is undated, the current version. Undated versions come last.
    /// </summary>
    public int? Resolve(string key, int citing)
    {
        if (!_byKey.TryGetValue(key, out var docs))
        {
            return null;
        }

        var candidates = docs.Where(d => d != citing).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var dated = candidates.Where(d => _hasDate[d]).ToList();
        if (dated.Count == 0)
        {
            return candidates.Min();
        }

        if (!_hasDate[citing])
        {
            return dated.MaxBy(d => (_dates[d], d));
        }

        var inForce = dated.Where(d => _dates[d] <= _dates[citing]).ToList();
        return inForce.Count > 0 ? inForce.MaxBy(d => (_dates[d], d)) : dated.MinBy(d => (_dates[d], d));
    }
}
