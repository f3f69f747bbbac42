namespace GovSearch.Analysis.Segmentation;

/// <summary>One slot of <see cref="WordTrie"/>'s edge table: the edge and what the child node is, in one place, so a
/// step of the trie reads one cache line.</summary>
/// <param name="Key">The parent node and the character (see <see cref="WordTrie"/>); 0 marks an empty slot.</param>
/// <param name="Child">The child node.</param>
/// <param name="Info">The child's frequency and flags (<see cref="WordTrie.IsWord(int)"/>, <see cref="WordTrie.HasChildren(int)"/>, <see cref="WordTrie.Frequency(int)"/>).</param>
internal readonly record struct TrieEdge(long Key, int Child, int Info);
