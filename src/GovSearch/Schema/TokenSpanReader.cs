using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GovSearch.Schema;

/// <summary>
/// Reads one segment's token spans (<see cref="FieldNames.TextSpans"/>): the offsets of a term's occurrence at a
/// position. Keeps the documents it read, up to <see cref="MaximumCachedDocuments"/>, so readers that visit a
/// document's positions term by term, or a few documents in turn, read each once. Not thread-safe: one per reading thread.
/// </summary>
internal sealed class TokenSpanReader
{
    /// <summary>The documents kept before the cache starts over.</summary>
    public const int MaximumCachedDocuments = 256;

    private readonly BinaryDocValues _values;
    private readonly BytesRef _bytes = new();
    private readonly Dictionary<int, DocumentSpans> _documents = [];
    private DocumentSpans? _last;
    private int _lastDoc = -1;

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
        var cursor = default(SpanCursor);
        return Span(doc, position, termHash, occurrence, ref cursor);
    }

    /// <summary>As <see cref="Span(int, int, uint, int)"/>, going on from <paramref name="cursor"/>, which must have been
    /// left by a lookup in the same document (or be the default).</summary>
    public (int Start, int End) Span(int doc, int position, uint termHash, int occurrence, ref SpanCursor cursor)
    {
        var spans = Document(doc);
        return position < 0 || position >= spans.PositionCount ? (-1, -1) : TokenSpanCodec.Find(spans, position, termHash, occurrence, ref cursor);
    }

    private DocumentSpans Document(int doc)
    {
        if (doc == _lastDoc)
        {
            return _last!;
        }

        if (!_documents.TryGetValue(doc, out var spans))
        {
            if (_documents.Count >= MaximumCachedDocuments)
            {
                _documents.Clear();
            }

            _values.Get(doc, _bytes);
            spans = new DocumentSpans(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length).ToArray());
            TokenSpanCodec.Read(spans.Bytes, spans);
            _documents[doc] = spans;
        }

        _lastDoc = doc;
        _last = spans;
        return spans;
    }
}
