using Lucene.Net.Analysis.Cn.Smart;

namespace GovSearch.Analysis.Segmentation;

/// <summary>
/// SmartCn's HHMM segmentation (<c>HHMMSegmenter.Process</c>) reimplemented over flat arrays: the same dictionaries,
/// the same word graph, the same bigram-smoothed costs and the same Viterbi path, so the same words with the same
/// offsets, without allocating per character. One instance per thread: it reuses its buffers between calls.
/// </summary>
/// <remarks>
/// <para>The word graph: at every position, the character alone, and each longer dictionary word that starts there
/// and runs over Han characters (U+4E00–U+9FA5). A run of ASCII or full-width letters is one token standing for
/// 未##串, a run of digits one standing for 未##数; punctuation is one token per character; any other character
/// (Han outside U+4E00–U+9FA5 included) is one token standing for 未##串. The sentence markers 始##始 and 末##末
/// frame the graph.</para>
/// <para>The cost of going from word 1 to word 2 is
/// −log(0.1 · (1 + f1) / M + 0.9 · ((1 − 1/M) · f12 / (1 + f1) + 1/M)), f1 being word 1's frequency, f12 the
/// frequency of "word1@word2" in the bigram dictionary and M SmartCn's maximum frequency, computed with the same
/// operations in the same order, so the same doubles. The path is SmartCn's: for each word, of the words ending where
/// it starts, the one with the lowest total cost, the first of them (by start) on a tie.</para>
/// <para>Speed without a change of answer: an edge's weight is remembered by the ids of its two words (a trie node
/// names a dictionary word, so equal ids mean equal bigram keys); the key is hashed only for a pair not remembered,
/// and a Bloom filter rules out most absent keys before SmartCn's table is touched (<see cref="BigramTable"/>). The
/// weights of a run's edges are found before the path search, so their look-ups overlap.</para>
/// <para>Not supported: spaces, tabs, line breaks and U+3000, which SmartCn skips and lets words span. GovSearch never
/// hands them over (its Han runs hold Han characters only).</para>
/// </remarks>
internal sealed class HanSegmenter
{
    private const double Smooth = 0.1;

    /// <summary>Word-pair weights remembered per segmenter (a power of two): frequent word pairs recur all the time.</summary>
    private const int PairCacheBits = 17;

    /// <summary>The pair cache a new segmenter starts with (16 KB): a query's few words need no more, and a segmenter
    /// that only ever sees queries never pays for the large one.</summary>
    private const int FirstPairCacheBits = 10;

    /// <summary>After this many characters a segmenter is segmenting documents, and takes the large pair cache.</summary>
    private const long CharactersBeforeLargePairCache = 1 << 16;

    private static readonly double Tiny = 1.0 / SegmenterDictionaries.MaxFrequency;

    private readonly SegmenterDictionaries _dictionaries;

    // Word ids: a token's id names its bigram key, so equal ids mean equal keys. A dictionary word (or a character that
    // starts one) is its trie node; any other character c is _charId + c; a placeholder is _specialId + its Key.
    private readonly int _charId;
    private readonly int _specialId;

    // One entry per token of the graph, in SmartCn's index order (by start, then as added).
    private int[] _start = new int[256];
    private int[] _end = new int[256];
    private int[] _frequency = new int[256];
    private byte[] _key = new byte[256];
    private int[] _id = new int[256];
    private double[] _cost = new double[256];
    private int[] _previous = new int[256];
    private int[] _byEnd = new int[256];
    private double[] _edgeWeight = new double[1024];

    // One entry per position 0..length: where the tokens ending there begin in _byEnd.
    private int[] _endFirst = new int[64];
    private int[] _bounds = new int[64];
    private int _count;

    // A direct-mapped cache of edge weights by the two words' ids (see _charId): the weight depends on the two words
    // alone, so a pair seen before costs one load, without hashing the bigram key, probing SmartCn's table or taking a
    // logarithm. 2 MB once the segmenter has seen a few pages of text: far smaller than the dictionary's tables, and it
    // keeps most of the pairs a corpus repeats. Its size changes what is remembered, never a weight.
    private CachedPairWeight[] _pairCache = CreatePairCache(FirstPairCacheBits);
    private int _pairCacheShift = 64 - FirstPairCacheBits;
    private long _characters;

    /// <summary>A segmenter over the dictionaries of this process.</summary>
    public HanSegmenter()
        : this(SegmenterDictionaries.Shared)
    {
    }

    /// <summary>A segmenter over <paramref name="dictionaries"/>.</summary>
    public HanSegmenter(SegmenterDictionaries dictionaries)
    {
        _dictionaries = dictionaries;
        _charId = dictionaries.Words.NodeCount;
        _specialId = _charId + char.MaxValue + 1;
    }

    /// <summary>How a token's bigram key is spelled.</summary>
    private enum Key : byte
    {
        /// <summary>The token's own characters.</summary>
        Text,

        /// <summary>未##串.</summary>
        String,

        /// <summary>未##数.</summary>
        Number,

        /// <summary>始##始.</summary>
        Start,

        /// <summary>末##末.</summary>
        End,
    }

    /// <summary>
    /// Segments <paramref name="text"/> as SmartCn's <c>HHMMSegmenter.Process</c> does, without its two sentence
    /// markers. Returns start and end offsets (relative to <paramref name="text"/>) in pairs, in order; the span is
    /// valid until the next call.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> holds a space-like character.</exception>
    public ReadOnlySpan<int> Segment(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return [];
        }

        _characters += text.Length;
        if (_characters > CharactersBeforeLargePairCache && _pairCacheShift != 64 - PairCacheBits)
        {
            _pairCache = CreatePairCache(PairCacheBits);
            _pairCacheShift = 64 - PairCacheBits;
        }

        BuildGraph(text);
        FindPath(text);
        return Path();
    }

    private void BuildGraph(ReadOnlySpan<char> text)
    {
        var dictionaries = _dictionaries;
        var words = dictionaries.Words;
        var length = text.Length;
        _count = 0;
        Add(-1, 0, dictionaries.StartFrequency, Key.Start, _specialId + (int)Key.Start);
        var i = 0;
        while (i < length)
        {
            var c = text[i];
            switch (dictionaries.TypeOf(c))
            {
                case CharType.HANZI:
                {
                    var node = words.First(c, out var info);
                    Add(i, i + 1, WordTrie.Frequency(info), Key.Text, node >= 0 ? node : _charId + c);
                    var j = i + 1;
                    while (WordTrie.HasChildren(info) && j < length && dictionaries.TypeOf(text[j]) == CharType.HANZI)
                    {
                        node = words.Next(node, text[j], out info);
                        j++;
                        if (WordTrie.IsWord(info))
                        {
                            Add(i, j, WordTrie.Frequency(info), Key.Text, node);
                        }
                    }

                    i++;
                    break;
                }

                case CharType.LETTER or CharType.FULLWIDTH_LETTER:
                {
                    var j = i + 1;
                    while (j < length && dictionaries.TypeOf(text[j]) is CharType.LETTER or CharType.FULLWIDTH_LETTER)
                    {
                        j++;
                    }

                    Add(i, j, dictionaries.StringFrequency, Key.String, _specialId + (int)Key.String);
                    i = j;
                    break;
                }

                case CharType.DIGIT or CharType.FULLWIDTH_DIGIT:
                {
                    var j = i + 1;
                    while (j < length && dictionaries.TypeOf(text[j]) is CharType.DIGIT or CharType.FULLWIDTH_DIGIT)
                    {
                        j++;
                    }

                    Add(i, j, dictionaries.NumberFrequency, Key.Number, _specialId + (int)Key.Number);
                    i = j;
                    break;
                }

                case CharType.DELIMITER:
                    Add(i, i + 1, SegmenterDictionaries.MaxFrequency, Key.Text, words.First(c, out _) is var root and >= 0 ? root : _charId + c);
                    i++;
                    break;

                case CharType.SPACE_LIKE:
                    throw new ArgumentException(
                        $"The fast segmenter does not take space-like characters (U+{(int)c:X4} at {i}); split the text at them first.",
                        nameof(text));

                default:
                    Add(i, i + 1, dictionaries.StringFrequency, Key.String, _specialId + (int)Key.String);
                    i++;
                    break;
            }
        }

        Add(length, length + 1, dictionaries.EndFrequency, Key.End, _specialId + (int)Key.End);
    }

    private void Add(int start, int end, int frequency, Key key, int id)
    {
        var t = _count;
        if (t == _start.Length)
        {
            Grow();
        }

        _start[t] = start;
        _end[t] = end;
        _frequency[t] = frequency;
        _key[t] = (byte)key;
        _id[t] = id;
        _count = t + 1;
    }

    private void AppendKey(ReadOnlySpan<char> text, int t, ref long fnv, ref int djb)
    {
        switch ((Key)_key[t])
        {
            case Key.Text:
                BigramTable.Append(ref fnv, ref djb, text[_start[t].._end[t]]);
                break;
            case Key.String:
                BigramTable.Append(ref fnv, ref djb, Utility.STRING_CHAR_ARRAY);
                break;
            case Key.Number:
                BigramTable.Append(ref fnv, ref djb, Utility.NUMBER_CHAR_ARRAY);
                break;
            case Key.Start:
                BigramTable.Append(ref fnv, ref djb, Utility.START_CHAR_ARRAY);
                break;
            default:
                BigramTable.Append(ref fnv, ref djb, Utility.END_CHAR_ARRAY);
                break;
        }
    }

    /// <summary>The weight of the edge from token <paramref name="t1"/> to token <paramref name="t2"/>: SmartCn's
    /// bigram frequency of "word1@word2", then its smoothed cost.</summary>
    private double EdgeWeight(ReadOnlySpan<char> text, int t1, int t2)
    {
        BigramTable.Start(out var fnv, out var djb);
        AppendKey(text, t1, ref fnv, ref djb);
        BigramTable.Append(ref fnv, ref djb, BigramTable.Separator);
        AppendKey(text, t2, ref fnv, ref djb);
        return Weight(_frequency[t1], _dictionaries.Bigrams.Frequency(fnv, djb));
    }

    /// <summary>SmartCn's <c>BiSegGraph</c> weight, written with the same operations in the same order.</summary>
    private static double Weight(double oneWordFreq, int wordPairFreq) =>
        -Math.Log((Smooth * (1.0 + oneWordFreq) / (SegmenterDictionaries.MaxFrequency + 0.0))
            + ((1.0 - Smooth) * (((1.0 - Tiny) * wordPairFreq / (1.0 + oneWordFreq)) + Tiny)));

    private void FindPath(ReadOnlySpan<char> text)
    {
        var count = _count;
        var length = text.Length;
        var edges = IndexByEnd(length, count);
        WeighEdges(text, count, edges);

        // The Viterbi pass reads the weights in the order WeighEdges wrote them.
        var weights = _edgeWeight;
        var e = 0;
        _cost[0] = 0;
        _previous[0] = 0;
        for (var t2 = 1; t2 < count; t2++)
        {
            var at = _start[t2];
            var from = _endFirst[at];
            var to = _endFirst[at + 1];
            var best = double.MaxValue;
            var bestFrom = -1;
            for (var k = from; k < to; k++)
            {
                var t1 = _byEnd[k];
                var total = _cost[t1] + weights[e++];
                if (total < best)
                {
                    best = total;
                    bestFrom = t1;
                }
            }

            _cost[t2] = best;
            _previous[t2] = bestFrom;
        }
    }

    /// <summary>The weight of every edge, each token's incoming edges in turn. Apart from the path search, so the
    /// look-ups of one run do not wait on each other's costs and the CPU overlaps their cache misses.</summary>
    private void WeighEdges(ReadOnlySpan<char> text, int count, int edges)
    {
        if (_edgeWeight.Length < edges)
        {
            _edgeWeight = new double[Math.Max(edges, _edgeWeight.Length * 2)];
        }

        var weights = _edgeWeight;
        var pairCache = _pairCache;
        var shift = _pairCacheShift;
        var e = 0;
        for (var t2 = 1; t2 < count; t2++)
        {
            var at = _start[t2];
            var id2 = (uint)_id[t2];
            var to = _endFirst[at + 1];
            for (var k = _endFirst[at]; k < to; k++)
            {
                var t1 = _byEnd[k];
                var pair = ((long)_id[t1] << 32) | id2;
                ref var cached = ref pairCache[(int)(((ulong)pair * 0x9E3779B97F4A7C15UL) >> shift)];
                if (cached.Pair != pair)
                {
                    cached = new CachedPairWeight(pair, EdgeWeight(text, t1, t2));
                }

                weights[e++] = cached.Weight;
            }
        }
    }

    /// <summary>Lists the tokens by end position (0..length, the start marker ending at 0), each list in index order.
    /// Returns the number of edges (for each token, the tokens ending where it starts).</summary>
    private int IndexByEnd(int length, int count)
    {
        if (_endFirst.Length < length + 2)
        {
            _endFirst = new int[Math.Max(length + 2, _endFirst.Length * 2)];
        }

        var endFirst = _endFirst.AsSpan(0, length + 2);
        endFirst.Clear();

        // Counting sort on the end, stable, so each position's list stays in index (start) order. The end marker
        // (ending at length + 1) is no one's predecessor and is left out.
        for (var t = 0; t < count - 1; t++)
        {
            endFirst[_end[t] + 1]++;
        }

        for (var p = 1; p < endFirst.Length; p++)
        {
            endFirst[p] += endFirst[p - 1];
        }

        for (var t = 0; t < count - 1; t++)
        {
            _byEnd[endFirst[_end[t]]++] = t;
        }

        // The fill moved every start to the next list's start: shift back.
        for (var p = endFirst.Length - 1; p > 0; p--)
        {
            endFirst[p] = endFirst[p - 1];
        }

        endFirst[0] = 0;
        var edges = 0;
        for (var t = 1; t < count; t++)
        {
            edges += endFirst[_start[t] + 1] - endFirst[_start[t]];
        }

        return edges;
    }

    private ReadOnlySpan<int> Path()
    {
        // Walk back from the end marker to the start marker, counting, then write forwards.
        var words = 0;
        for (var t = _previous[_count - 1]; t != 0; t = _previous[t])
        {
            words++;
        }

        if (_bounds.Length < words * 2)
        {
            _bounds = new int[Math.Max(words * 2, _bounds.Length * 2)];
        }

        var k = words * 2;
        for (var t = _previous[_count - 1]; t != 0; t = _previous[t])
        {
            _bounds[--k] = _end[t];
            _bounds[--k] = _start[t];
        }

        return _bounds.AsSpan(0, words * 2);
    }

    /// <summary>No word id is negative, so -1 marks an empty cache slot.</summary>
    private static CachedPairWeight[] CreatePairCache(int bits)
    {
        var cache = new CachedPairWeight[1 << bits];
        Array.Fill(cache, new CachedPairWeight(-1, 0));
        return cache;
    }

    private void Grow()
    {
        var size = _start.Length * 2;
        Array.Resize(ref _start, size);
        Array.Resize(ref _end, size);
        Array.Resize(ref _frequency, size);
        Array.Resize(ref _key, size);
        Array.Resize(ref _id, size);
        Array.Resize(ref _cost, size);
        Array.Resize(ref _previous, size);
        Array.Resize(ref _byEnd, size);
    }
}
