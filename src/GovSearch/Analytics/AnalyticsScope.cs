using System.Runtime.CompilerServices;
using GovSearch.Schema;
using GovSearch.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovSearch.Analytics;

/// <summary>
/// The documents a filter lets through, segment by segment, and the length of each document's text. Segments never
/// change once written, so each segment's text lengths are read once (from the text's doc values: their byte length
/// over 2) and kept as long as the segment lives.
/// </summary>
internal sealed class AnalyticsScope
{
    private static readonly ConditionalWeakTable<object, int[]> Lengths = new();

    private AnalyticsScope(IndexReader reader, IReadOnlyList<IBits?> accepted)
    {
        Reader = reader;
        Accepted = accepted;
        Fields = new HitFields(reader);
    }

    /// <summary>The reader of the commit looked at.</summary>
    public IndexReader Reader { get; }

    /// <summary>Per segment: the live documents the filter lets through (<see langword="null"/>: every document).</summary>
    public IReadOnlyList<IBits?> Accepted { get; }

    /// <summary>Reads what a document shows (id, title, date, source, type) from doc values.</summary>
    public HitFields Fields { get; }

    /// <summary>The scope of a filter over a reader.</summary>
    public static AnalyticsScope Of(IndexReader reader, DocumentFilter filter)
    {
        var typed = TypedFilters.Of(filter.AsSearchOptions());
        var query = typed.Count > 0 ? new QueryWrapperFilter(QueryCompiler.FilterQuery(typed)) : null;
        var current = filter.CurrentVersionsOnly ? new CurrentVersionFilter() : null;
        var accepted = new List<IBits?>();
        foreach (var leaf in reader.Leaves)
        {
            IBits? bits = leaf.AtomicReader.LiveDocs;
            foreach (var narrowing in new Filter?[] { query, current })
            {
                if (narrowing is null)
                {
                    continue;
                }

                var narrowed = new FixedBitSet(leaf.AtomicReader.MaxDoc);
                if (narrowing.GetDocIdSet(leaf, bits)?.GetIterator() is { } iterator)
                {
                    narrowed.Or(iterator);
                }

                bits = narrowed;
            }

            accepted.Add(bits);
        }

        return new AnalyticsScope(reader, accepted);
    }

    /// <summary>Whether a segment's document is in scope.</summary>
    public bool Accepts(int leaf, int doc) => Accepted[leaf] is not { } bits || bits.Get(doc);

    /// <summary>The length of every document's text in a segment, in characters, by document number.</summary>
    public static int[] TextLengths(AtomicReader reader) => Lengths.GetValue(reader.CoreCacheKey, _ => ReadLengths(reader));

    /// <summary>Every document in scope, as (segment, document number within it, number in the whole reader), with its
    /// year (<see langword="null"/> when undated) and the value of a keyword field (type or source) when asked for one.
    /// Each segment's doc values are opened once, not once per document.</summary>
    public IEnumerable<(int Leaf, int Doc, int Global, int? Year, string? Keyword)> Documents(string? keywordField = null)
    {
        var leaves = Reader.Leaves;
        var scratch = new BytesRef();
        for (var l = 0; l < leaves.Count; l++)
        {
            var reader = leaves[l].AtomicReader;
            var years = reader.GetNumericDocValues(FieldNames.Year);
            var hasYear = reader.GetDocsWithField(FieldNames.Year);
            var keywords = keywordField is null ? null : reader.GetSortedDocValues(keywordField);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (!Accepts(l, doc))
                {
                    continue;
                }

                int? year = years is not null && hasYear is not null && hasYear.Get(doc) ? (int)years.Get(doc) : null;
                string? keyword = null;
                if (keywords is not null && keywords.GetOrd(doc) >= 0)
                {
                    keywords.Get(doc, scratch);
                    keyword = scratch.Utf8ToString();
                }

                yield return (l, doc, leaves[l].DocBase + doc, year, keyword);
            }
        }
    }

    private static int[] ReadLengths(AtomicReader reader) => SegmentValues.Lengths(reader);
}
