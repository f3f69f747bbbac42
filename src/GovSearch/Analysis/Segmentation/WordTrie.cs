namespace GovSearch.Analysis.Segmentation;

/// <summary>
/// SmartCn's word dictionary (<c>coredict</c>) as a trie over UTF-16 units: the first character indexes a flat array,
/// every later step is one probe of an open-addressing table keyed by (node, character).
/// </summary>
/// <remarks>
/// SmartCn keeps, per first character, a sorted array of the words' remaining characters and answers "is this a
/// prefix of a word?" and "what is this word's frequency?" by binary search. On sorted rows without repeats those
/// answers are exactly the trie's (a node exists, a node is a word), which <see cref="Build"/> checks row by row.
/// </remarks>
internal sealed class WordTrie
{
    private const int NoNode = -1;

    private readonly int[] _firstNode;
    private readonly int[] _frequency;
    private readonly bool[] _isWord;
    private readonly long[] _edgeKeys;
    private readonly int[] _edgeChildren;
    private readonly int _edgeShift;

    private WordTrie(int[] firstNode, int[] frequency, bool[] isWord, long[] edgeKeys, int[] edgeChildren, int edgeShift)
    {
        _firstNode = firstNode;
        _frequency = frequency;
        _isWord = isWord;
        _edgeKeys = edgeKeys;
        _edgeChildren = edgeChildren;
        _edgeShift = edgeShift;
    }

    /// <summary>The node for the one-character prefix <paramref name="c"/>, or -1 when no word starts with it.</summary>
    public int First(char c) => _firstNode[c];

    /// <summary>The node one character further, or -1 when no word continues with <paramref name="c"/>.</summary>
    public int Next(int node, char c)
    {
        var key = EdgeKey(node, c);
        var mask = _edgeKeys.Length - 1;
        var slot = Slot(key);
        while (true)
        {
            var found = _edgeKeys[slot];
            if (found == key)
            {
                return _edgeChildren[slot];
            }

            if (found == 0)
            {
                return NoNode;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>True if the prefix that leads to <paramref name="node"/> is a word of the dictionary.</summary>
    public bool IsWord(int node) => _isWord[node];

    /// <summary>The frequency of the word at <paramref name="node"/>; 0 for a prefix that is not a word.</summary>
    public int Frequency(int node) => _frequency[node];

    /// <summary>The frequency SmartCn's <c>WordDictionary.GetFrequency</c> gives <paramref name="word"/>: 0 if absent.</summary>
    public int FrequencyOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        var node = First(word[0]);
        for (var i = 1; i < word.Length && node != NoNode; i++)
        {
            node = Next(node, word[i]);
        }

        return node == NoNode ? 0 : _frequency[node];
    }

    /// <summary>Builds the trie from SmartCn's word tables.</summary>
    /// <exception cref="InvalidOperationException">A row is not strictly sorted, so SmartCn's binary search could
    /// answer differently from a trie.</exception>
    public static WordTrie Build(SmartCnTables tables)
    {
        var firstNode = new int[char.MaxValue + 1];
        Array.Fill(firstNode, NoNode);

        // SmartCn finds a character's row by double hashing; every character stored in a slot is found again at
        // that slot (the same probe sequence put it there, and slots are never emptied), so a scan gives the same map.
        var rowOf = new int[char.MaxValue + 1];
        Array.Fill(rowOf, -1);
        for (var slot = 0; slot < tables.CharIndexTable.Length; slot++)
        {
            var c = tables.CharIndexTable[slot];
            if (c != 0)
            {
                rowOf[c] = tables.WordIndexTable[slot];
            }
        }

        var nodeCount = 0;
        var edgeCount = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var row = rowOf[c];
            if (row < 0 || tables.WordItemChars[row] is not { Length: > 0 } items)
            {
                continue;
            }

            nodeCount++;
            foreach (var item in items)
            {
                var length = item?.Length ?? 0;
                nodeCount += length;
                edgeCount += length;
            }
        }

        var frequency = new int[nodeCount];
        var isWord = new bool[nodeCount];
        var capacity = 1;
        while (capacity < edgeCount * 2)
        {
            capacity <<= 1;
        }

        var edgeKeys = new long[capacity];
        var edgeChildren = new int[capacity];
        var trie = new WordTrie(firstNode, frequency, isWord, edgeKeys, edgeChildren, 64 - int.Log2(capacity));
        var next = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var row = rowOf[c];
            if (row < 0 || tables.WordItemChars[row] is not { Length: > 0 } items)
            {
                continue;
            }

            var frequencies = tables.WordItemFrequencies[row]
                ?? throw new InvalidOperationException($"SmartCn's word row {row} has words but no frequencies.");
            var root = next++;
            firstNode[c] = root;
            for (var k = 0; k < items.Length; k++)
            {
                if (k > 0 && Compare(items[k - 1], items[k]) >= 0)
                {
                    throw new InvalidOperationException(
                        $"SmartCn's word row for U+{c:X4} is not strictly sorted at item {k}; the fast segmenter needs sorted rows.");
                }

                var node = root;
                foreach (var d in items[k] ?? [])
                {
                    var child = trie.Next(node, d);
                    if (child == NoNode)
                    {
                        child = next++;
                        trie.AddEdge(node, d, child);
                    }

                    node = child;
                }

                isWord[node] = true;
                frequency[node] = frequencies[k];
            }
        }

        return trie;
    }

    /// <summary>SmartCn's <c>Utility.CompareArray</c> order, a missing array being empty.</summary>
    private static int Compare(char[]? left, char[]? right) =>
        ((ReadOnlySpan<char>)left).SequenceCompareTo(right);

    private void AddEdge(int node, char c, int child)
    {
        var key = EdgeKey(node, c);
        var mask = _edgeKeys.Length - 1;
        var slot = Slot(key);
        while (_edgeKeys[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _edgeKeys[slot] = key;
        _edgeChildren[slot] = child;
    }

    private static long EdgeKey(int node, char c) => ((long)(node + 1) << 16) | c;

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> _edgeShift);
}
