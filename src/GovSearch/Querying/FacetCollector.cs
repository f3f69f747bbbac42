using System.Globalization;
using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovSearch.Querying;

/// <summary>
/// Counts every matching document by language, type, source and year from doc values (Lucene.Net.Facet is not
/// available). Keyword counts are kept per segment ordinal and resolved to text once per segment. Keyword values that
/// differ only in case or surrounding spaces count as one value, as the type:/source: filters and the typed filters
/// see them (<see cref="DocumentMapper.KeywordTerm"/>), shown in their most common spelling (ties: ordinal order):
/// so a value passed back as a filter matches exactly the documents it counted. Years and topics are counted in arrays
/// (a year's slot is its offset from the first year met), so collecting a document allocates and hashes nothing.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private static readonly string[] KeywordFields = FacetSegment.KeywordFields;

    /// <summary>Per keyword field: for each filter term, how many documents have each spelling of it.</summary>
    private readonly Dictionary<string, Dictionary<string, int>>[] _keywordTotals =
        KeywordFields.Select(_ => new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal)).ToArray();
    private readonly SmallCounts _years = new();
    private readonly int[][] _segmentCounts = new int[KeywordFields.Length][];
    private readonly SmallCounts _topics = new();
    private CitesOrdinals.Map? _citesMap;
    private int[] _cites = [];

    /// <summary>The current segment's values (<see langword="null"/> once its counts are flushed).</summary>
    private FacetSegment? _values;
    /// <summary>The current segment's cited laws as global ordinals (parallel to its <see cref="FacetSegment.CiteOrdinals"/>); empty without cites.</summary>
    private int[] _segmentCites = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        var values = FacetSegment.For(reader);
        for (var f = 0; f < KeywordFields.Length; f++)
        {
            _segmentCounts[f] = new int[values.Spellings[f].Length];
        }

        var hasCites = reader.GetSortedSetDocValues(FieldNames.Cites) is not null;
        if (hasCites && _citesMap is null)
        {
            _citesMap = CitesOrdinals.For(ReaderUtil.GetTopLevelContext(context).Reader);
            _cites = new int[_citesMap.ValueCount];
        }

        _segmentCites = hasCites ? _citesMap!.GlobalOrdinals(context.Ord, values) : [];
        _values = values;
    }

    public void Collect(int doc)
    {
        var values = _values!;
        var ordinals = values.Ordinals;
        for (var f = 0; f < ordinals.Length; f++)
        {
            var ord = ordinals[f][doc];
            if (ord >= 0)
            {
                _segmentCounts[f][ord]++;
            }
        }

        if (_segmentCites.Length > 0)
        {
            for (int i = values.CiteStarts[doc], end = values.CiteStarts[doc + 1]; i < end; i++)
            {
                _cites[_segmentCites[i]]++;
            }
        }

        var topic = values.Topics[doc];
        if (topic != FacetSegment.None)
        {
            _topics.Add(topic);
        }

        var year = values.Years[doc];
        if (year != FacetSegment.None)
        {
            _years.Add(year);
        }
    }

    /// <summary>The counts, each list largest first, then by value.</summary>
    public SearchFacets Result(int limit)
    {
        FlushSegment();
        return new SearchFacets
        {
            Languages = Top(Merged(_keywordTotals[0]), limit),
            DocTypes = Top(Merged(_keywordTotals[1]), limit),
            Sources = Top(Merged(_keywordTotals[2]), limit),
            Years = Top(_years.ToDictionary(), limit),
            Cites = TopCites(limit),
            Topics = Top(_topics.ToDictionary(), limit),
        };
    }

    private void FlushSegment()
    {
        if (_values is not { } values)
        {
            return;
        }

        for (var f = 0; f < KeywordFields.Length; f++)
        {
            var counts = _segmentCounts[f];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    var spelling = values.Spellings[f][ord];
                    var term = values.Terms[f][ord];
                    if (!_keywordTotals[f].TryGetValue(term, out var spellings))
                    {
                        _keywordTotals[f][term] = spellings = new Dictionary<string, int>(StringComparer.Ordinal);
                    }

                    spellings[spelling] = spellings.GetValueOrDefault(spelling) + counts[ord];
                }
            }
        }

        _values = null;
        _segmentCites = [];
    }

    /// <summary>The cited laws, largest count first, then by value: only the values that can be among the first
    /// <paramref name="limit"/> (those counted at least as often as the limit-th largest count) are read as text.</summary>
    private IReadOnlyList<FacetValue> TopCites(int limit)
    {
        // The limit-th largest count, from the counts of the largest `limit` values (a min-heap), without sorting them all.
        var largest = new PriorityQueue<int, int>(limit + 1);
        for (var global = 0; global < _cites.Length; global++)
        {
            var count = _cites[global];
            if (count > 0 && (largest.Count < limit || count > largest.Peek()))
            {
                largest.Enqueue(count, count);
                if (largest.Count > limit)
                {
                    largest.Dequeue();
                }
            }
        }

        if (largest.Count == 0)
        {
            return [];
        }

        var least = largest.Peek();
        var values = new List<FacetValue>();
        for (var global = 0; global < _cites.Length; global++)
        {
            if (_cites[global] >= least)
            {
                values.Add(new FacetValue(_citesMap!.Label(global), _cites[global]));
            }
        }

        return values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).Take(limit).ToList();
    }

    /// <summary>One count per filter term, under its most common spelling (ties: ordinal order).</summary>
    private static Dictionary<string, int> Merged(Dictionary<string, Dictionary<string, int>> terms) =>
        terms.Values.ToDictionary(
            spellings => spellings.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key,
            spellings => spellings.Values.Sum(),
            StringComparer.Ordinal);

    private static IReadOnlyList<FacetValue> Top(Dictionary<string, int> counts, int limit) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(limit).Select(p => new FacetValue(p.Key, p.Value)).ToList();

    /// <summary>Counts of small integers (years, topic numbers) in a growing array: slot i counts First + i.</summary>
    private sealed class SmallCounts
    {
        private int[] _counts = [];
        private int _first;

        public void Add(int value)
        {
            var slot = value - _first;
            if ((uint)slot >= (uint)_counts.Length)
            {
                slot = Grow(value);
            }

            _counts[slot]++;
        }

        /// <summary>The values counted at least once, as text, with their counts.</summary>
        public Dictionary<string, int> ToDictionary()
        {
            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _counts.Length; i++)
            {
                if (_counts[i] > 0)
                {
                    result[(_first + i).ToString(CultureInfo.InvariantCulture)] = _counts[i];
                }
            }

            return result;
        }

        private int Grow(int value)
        {
            if (_counts.Length == 0)
            {
                _first = value < 0 ? value : Math.Max(0, value - 32);
                _counts = new int[64];
                return value - _first;
            }

            var first = Math.Min(_first, value);
            var last = Math.Max(_first + _counts.Length - 1, value);
            var counts = new int[Math.Max(2 * _counts.Length, last - first + 1)];
            Array.Copy(_counts, 0, counts, _first - first, _counts.Length);
            (_counts, _first) = (counts, first);
            return value - _first;
        }
    }
}
