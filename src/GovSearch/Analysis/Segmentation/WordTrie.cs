using System.Runtime.CompilerServices;

namespace GovSearch.Analysis.Segmentation;

/// <summary>
/// SmartCn's word dictionary (<c>coredict</c>) as a trie over UTF-16 units: the first character indexes a flat array,
/// every later step is one probe of an open-addressing table keyed by (node, character) whose slot also tells what the
/// child is (a word or not, its frequency, whether it has children), so a step reads one cache line and a walk stops at
/// a leaf without a probe.
/// </summary>
/// <remarks>
/// SmartCn keeps, per first character, a sorted array of the words' remaining characters and answers "is this a
/// prefix of a word?" and "what is this word's frequency?" by binary search. On sorted rows without repeats those
/// answers are exactly the trie's (a node exists, a node is a word), which <see cref="Build"/> checks row by row.
/// </remarks>
internal sealed class WordTrie
{
    private const int NoNode = -1;
    private const int WordFlag = 1;
    private const int ChildrenFlag = 2;
    private const int FlagBits = 2;

    private readonly int[] _firstNode;
    private readonly int[] _firstInfo;
    private readonly TrieEdge[] _edges;
    private readonly int _edgeShift;

    private WordTrie(int[] firstNode, int[] firstInfo, TrieEdge[] edges, int nodeCount)
    {
        _firstNode = firstNode;
        _firstInfo = firstInfo;
        _edges = edges;
        _edgeShift = 64 - int.Log2(edges.Length);
        NodeCount = nodeCount;
    }

    /// <summary>How many nodes the trie has; nodes are numbered 0 to <see cref="NodeCount"/> - 1.</summary>
    public int NodeCount { get; }

    /// <summary>True if the node whose info is <paramref name="info"/> is a word of the dictionary.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(int info) => (info & WordFlag) != 0;

    /// <summary>True if some word continues past the node whose info is <paramref name="info"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasChildren(int info) => (info & ChildrenFlag) != 0;

    /// <summary>The frequency of the word at the node whose info is <paramref name="info"/>; 0 for a prefix that is not a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Frequency(int info) => info >> FlagBits;

    /// <summary>The node for the one-character prefix <paramref name="c"/> and its info, or -1 (info 0) when no word starts with it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int First(char c, out int info)
    {
        info = _firstInfo[c];
        return _firstNode[c];
    }

    /// <summary>The node one character further and its info, or -1 (info 0) when no word continues with <paramref name="c"/>.</summary>
    public int Next(int node, char c, out int info)
    {
        var key = EdgeKey(node, c);
        var edges = _edges;
        var mask = edges.Length - 1;
        var slot = Slot(key);
        while (true)
        {
            ref readonly var edge = ref edges[slot];
            if (edge.Key == key)
            {
                info = edge.Info;
                return edge.Child;
            }

            if (edge.Key == 0)
            {
                info = 0;
                return NoNode;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The frequency SmartCn's <c>WordDictionary.GetFrequency</c> gives <paramref name="word"/>: 0 if absent.</summary>
    public int FrequencyOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        var node = First(word[0], out var info);
        for (var i = 1; i < word.Length && node != NoNode; i++)
        {
            node = Next(node, word[i], out info);
        }

        return node == NoNode ? 0 : Frequency(info);
    }

    /// <summary>Builds the trie from SmartCn's word tables.</summary>
    /// <exception cref="InvalidOperationException">A row is not strictly sorted, so SmartCn's binary search could
    /// answer differently from a trie; or a frequency is too large to pack.</exception>
    public static WordTrie Build(SmartCnTables tables)
    {
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

        // First the nodes, their edges and their info, then the edge table that carries each child's info.
        var firstNode = new int[char.MaxValue + 1];
        Array.Fill(firstNode, NoNode);
        var children = new Dictionary<long, int>();
        var info = new List<int>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var row = rowOf[c];
            if (row < 0 || tables.WordItemChars[row] is not { Length: > 0 } items)
            {
                continue;
            }

            var frequencies = tables.WordItemFrequencies[row]
                ?? throw new InvalidOperationException($"SmartCn's word row {row} has words but no frequencies.");
            var root = info.Count;
            info.Add(0);
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
                    info[node] |= ChildrenFlag;
                    if (!children.TryGetValue(EdgeKey(node, d), out var child))
                    {
                        child = info.Count;
                        info.Add(0);
                        children.Add(EdgeKey(node, d), child);
                    }

                    node = child;
                }

                if (frequencies[k] is < 0 or > int.MaxValue >> FlagBits)
                {
                    throw new InvalidOperationException(
                        $"SmartCn's word row for U+{c:X4} has the frequency {frequencies[k]} at item {k}, outside what the fast segmenter packs.");
                }

                info[node] = (info[node] & ChildrenFlag) | WordFlag | (frequencies[k] << FlagBits);
            }
        }

        var firstInfo = new int[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            firstInfo[c] = firstNode[c] == NoNode ? 0 : info[firstNode[c]];
        }

        var capacity = 1;
        while (capacity < children.Count * 2)
        {
            capacity <<= 1;
        }

        var trie = new WordTrie(firstNode, firstInfo, new TrieEdge[capacity], info.Count);
        foreach (var (key, child) in children)
        {
            trie.AddEdge(key, child, info[child]);
        }

        return trie;
    }

    /// <summary>Writes the trie's arrays, for <see cref="SegmenterDictionaryCache"/>.</summary>
    public void WriteTo(CacheFileWriter writer)
    {
        writer.WriteInt32(NodeCount);
        writer.WriteArray(_firstNode);
        writer.WriteArray(_firstInfo);
        writer.WriteArray(_edges);
    }

    /// <summary>Reads a trie that <see cref="WriteTo(CacheFileWriter)"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The arrays do not have a trie's shape.</exception>
    public static WordTrie ReadFrom(CacheFileReader reader)
    {
        var nodeCount = reader.ReadInt32();
        var firstNode = reader.ReadArray<int>();
        var firstInfo = reader.ReadArray<int>();
        var edges = reader.ReadArray<TrieEdge>();
        if (nodeCount < 0 || firstNode.Length != char.MaxValue + 1 || firstInfo.Length != char.MaxValue + 1
            || !int.IsPow2(edges.Length))
        {
            throw new InvalidDataException("The cached word trie does not have the trie's shape.");
        }

        return new WordTrie(firstNode, firstInfo, edges, nodeCount);
    }

    /// <summary>SmartCn's <c>Utility.CompareArray</c> order, a missing array being empty.</summary>
    private static int Compare(char[]? left, char[]? right) =>
        ((ReadOnlySpan<char>)left).SequenceCompareTo(right);

    private void AddEdge(long key, int child, int childInfo)
    {
        var mask = _edges.Length - 1;
        var slot = Slot(key);
        while (_edges[slot].Key != 0)
        {
            slot = (slot + 1) & mask;
        }

        _edges[slot] = new TrieEdge(key, child, childInfo);
    }

    private static long EdgeKey(int node, char c) => ((long)(node + 1) << 16) | c;

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> _edgeShift);
}
