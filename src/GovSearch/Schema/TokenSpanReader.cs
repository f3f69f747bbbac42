using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GovSearch.Schema;

/// <summary>
/// Reads one segment's token spans (<see cref="FieldNames.TextSpans"/>): the offsets of a term's occurrence at a
/// position. Keeps the blocks it decoded, up to <see cref="MaximumCachedBlocks"/>, so readers that visit a document's
/// positions term by term, or a few documents in turn, decode each block once. Not thread-safe: one per reading thread.
/// </summary>
internal sealed class TokenSpanReader
{
    /// <summary>The decoded blocks kept before the cache starts over.</summary>
    public const int MaximumCachedBlocks = 256;

    private readonly BinaryDocValues _values;
    private readonly BytesRef _bytes = new();
    private readonly Dictionary<int, DocumentSpans> _documents = [];
    private readonly Stack<DecodedSpans> _free = new();
    private readonly List<(int Offset, int Length, int BaseEnd)> _header = [];
    private int _cachedBlocks;

    private TokenSpanReader(BinaryDocValues values) => _values = values;

    /// <summary>The reader of <paramref name="leaf"/>'s spans, or null when its text field keeps offsets in the postings
    /// (or it has no text field).</summary>
    public static TokenSpanReader? Of(AtomicReader leaf) =>
        HasPostingsOffsets(leaf, FieldNames.Text) || leaf.GetBinaryDocValues(FieldNames.TextSpans) is not { } values
            ? null
            : new TokenSpanReader(values);

    /// <summary>Whether <paramref name="field"/> keeps offsets in <paramref name="leaf"/>'s postings.</summary>
    public static bool HasPostingsOffsets(AtomicReader leaf, string field) =>
        leaf.FieldInfos.FieldInfo(field)?.IndexOptions == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;

    /// <summary>The span of the <paramref name="occurrence"/>-th token of the term hashed <paramref name="termHash"/>
    /// (<see cref="TokenSpanCodec.TermHash"/>) at <paramref name="position"/> of document <paramref name="doc"/>;
    /// (−1, −1) when the document records none there.</summary>
    public (int Start, int End) Span(int doc, int position, uint termHash, int occurrence)
    {
        var spans = Document(doc);
        if (position < 0 || position >= spans.PositionCount)
        {
            return (-1, -1);
        }

        var block = Block(doc, spans, position / TokenSpanCodec.BlockPositions);
        return TokenSpanCodec.Find(block, position % TokenSpanCodec.BlockPositions, termHash, occurrence);
    }

    private DocumentSpans Document(int doc)
    {
        if (_documents.TryGetValue(doc, out var known))
        {
            return known;
        }

        _values.Get(doc, _bytes);
        var bytes = _bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length);
        var positionCount = bytes.Length == 0 ? 0 : TokenSpanCodec.ReadHeader(bytes, _header);
        var copy = bytes.ToArray();
        var spans = new DocumentSpans(copy, positionCount, positionCount == 0 ? [] : _header.ToArray());
        _documents[doc] = spans;
        return spans;
    }

    private DecodedSpans Block(int doc, DocumentSpans spans, int index)
    {
        if (spans.Decoded[index] is { } decoded)
        {
            return decoded;
        }

        if (_cachedBlocks >= MaximumCachedBlocks)
        {
            foreach (var document in _documents.Values)
            {
                foreach (var block in document.Decoded)
                {
                    if (block is not null)
                    {
                        _free.Push(block);
                    }
                }
            }

            _documents.Clear();
            _cachedBlocks = 0;
            spans = Document(doc);
        }

        var (offset, length, baseEnd) = spans.Blocks[index];
        var positions = Math.Min(TokenSpanCodec.BlockPositions, spans.PositionCount - (index * TokenSpanCodec.BlockPositions));
        var into = _free.Count > 0 ? _free.Pop() : new DecodedSpans();
        TokenSpanCodec.DecodeBlock(spans.Bytes.AsSpan(offset, length), baseEnd, positions, into);
        spans.Decoded[index] = into;
        _cachedBlocks++;
        return into;
    }

    /// <summary>One document's encoded spans and the blocks decoded so far.</summary>
    private sealed class DocumentSpans(byte[] bytes, int positionCount, (int Offset, int Length, int BaseEnd)[] blocks)
    {
        public byte[] Bytes { get; } = bytes;

        public int PositionCount { get; } = positionCount;

        public (int Offset, int Length, int BaseEnd)[] Blocks { get; } = blocks;

        public DecodedSpans?[] Decoded { get; } = new DecodedSpans?[blocks.Length];
    }
}
