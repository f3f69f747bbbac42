using System.Runtime.CompilerServices;
using GovSearch.Schema;
using Lucene.Net.Index;

namespace GovSearch.Querying;

/// <summary>
/// The global ordinals of the cites facet's values over one snapshot (Lucene's ordinal map of its segments' sorted-set
/// doc values), built once per snapshot: a search counts per global ordinal and turns only the values it returns
/// into text. A law may be cited by thousands of values, and resolving every counted one on every search was a fifth
/// of a default query's allocations.
/// </summary>
internal static class CitesOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, Lazy<Map>> Cache = new();

    /// <summary>The map of a snapshot's cites values, built on first use; a search that comes while
    /// <see cref="Prepare"/> builds it waits for that build.</summary>
    public static Map For(IndexReader reader) => Entry(reader).Value;

    /// <summary>Starts building the map of a snapshot of several segments on a thread-pool thread, if it is not built
    /// yet: a faceted search calls this before it compiles its query, so the map (Lucene's ordinal map of the cites
    /// values of every segment: tens of milliseconds on docs.jsonl) is built beside the compile instead of after it. The
    /// build holds a reference on the snapshot, so a refresh cannot close it meanwhile.</summary>
    public static void Prepare(IndexReader reader)
    {
        if (reader.Leaves.Count < 2)
        {
            return;
        }

        var entry = Entry(reader);
        if (entry.IsValueCreated || !reader.TryIncRef())
        {
            return;
        }

        _ = Task.Run(() =>
        {
            try
            {
                _ = entry.Value;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Lazy keeps the failure: the search that needs the map throws it where it can be reported.
            }
            finally
            {
                reader.DecRef();
            }
        });
    }

    private static Lazy<Map> Entry(IndexReader reader) =>
        Cache.GetValue(reader, static r => new Lazy<Map>(() => new Map(r), LazyThreadSafetyMode.ExecutionAndPublication));

    /// <summary>One snapshot's global ordinals: <see cref="Global"/> maps a segment's ordinal, <see cref="Label"/> reads a value.</summary>
    internal sealed class Map
    {
        private readonly AtomicReader[] _segments;
        private readonly MultiDocValues.OrdinalMap? _ordinals;

        public Map(IndexReader reader)
        {
            // The readers are kept, not their doc values: a segment's doc values instance is the calling thread's own
            // (Lucene keeps one per thread), and the map is shared by every search of the snapshot, on any thread.
            _segments = reader.Leaves.Select(l => l.AtomicReader).ToArray();
            var values = _segments.Select(s => s.GetSortedSetDocValues(FieldNames.Cites)).ToArray();
            if (values.Length == 1)
            {
                ValueCount = values[0]?.ValueCount ?? 0;
                return;
            }

            _ordinals = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, values.Select(s => s?.GetTermsEnum() ?? TermsEnum.EMPTY).ToArray());
            ValueCount = _ordinals.ValueCount;
        }

        /// <summary>Per segment, <see cref="FacetSegment.CiteOrdinals"/> mapped to global ordinals, made on first use.</summary>
        private int[]?[]? _globalOrdinals;

        /// <summary>The global ordinal of each entry of a segment's <see cref="FacetSegment.CiteOrdinals"/>, so a
        /// search counts cited laws straight into one array, without a count array per segment to merge.</summary>
        public int[] GlobalOrdinals(int segment, FacetSegment values)
        {
            var all = LazyInitializer.EnsureInitialized(ref _globalOrdinals, () => new int[]?[_segments.Length]);
            if (Volatile.Read(ref all[segment]) is { } known)
            {
                return known;
            }

            var global = new int[values.CiteOrdinals.Length];
            for (var i = 0; i < global.Length; i++)
            {
                global[i] = (int)Global(segment, values.CiteOrdinals[i]);
            }

            Volatile.Write(ref all[segment], global);
            return global;
        }

        /// <summary>How many distinct values the snapshot holds.</summary>
        public long ValueCount { get; }

        /// <summary>The global ordinal of ordinal <paramref name="ord"/> of segment <paramref name="segment"/>.</summary>
        public long Global(int segment, long ord) => _ordinals?.GetGlobalOrd(segment, ord) ?? ord;

        /// <summary>The values read so far, by global ordinal: a law cited in many documents is among the top cited
        /// values of many searches, and reading it from doc values is a seek in a segment's terms each time.</summary>
        private string?[]? _labels;

        /// <summary>The value of a global ordinal (read once per snapshot).</summary>
        public string Label(long global)
        {
            var labels = LazyInitializer.EnsureInitialized(ref _labels, () => new string?[ValueCount]);
            return labels[global] ??= Read(global);
        }

        private string Read(long global)
        {
            var segment = _ordinals is null ? 0 : _ordinals.GetFirstSegmentNumber(global);
            var ord = _ordinals?.GetFirstSegmentOrd(global) ?? global;
            var bytes = new Lucene.Net.Util.BytesRef();
            _segments[segment].GetSortedSetDocValues(FieldNames.Cites)!.LookupOrd(ord, bytes);
            return bytes.Utf8ToString();
        }
    }
}
