using Lucene.Net.Index;
using Lucene.Net.Util;


namespace GovSearch.Schema;

/// <summary>
/// Reads one document's binary doc values from its own segment: the text, the passage table, the topic vector.
/// Reading through the segment avoids the merged (composite) doc values, which build a map over every segment.
/// </summary>
/// <remarks>Lucene.Net 4.8's binary doc values copy the whole value into a new array on every read, so reading a
/// document's text costs a copy of all of it (2 bytes a character), however few characters are then used.</remarks>
internal static class SegmentValues
{
    /// <summary>The segment holding a document of a composite reader, and the document's number within it.</summary>
    public static (AtomicReader Reader, int DocId) Leaf(IndexReader reader, int docId)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        return (leaf.AtomicReader, docId - leaf.DocBase);
    }

    /// <summary>A document's binary doc value, or <see langword="null"/> when its segment has no such field.</summary>
    public static BytesRef? Binary(AtomicReader reader, int docId, string field)
    {
        var values = reader.GetBinaryDocValues(field);
        if (values is null)
        {
            return null;
        }

        var bytes = new BytesRef();
        values.Get(docId, bytes);
        return bytes;
    }

    /// <summary>A document's text (<see cref="TextCodec"/>); empty when it has none.</summary>
    public static ReadOnlySpan<char> Text(AtomicReader reader, int docId) =>
        Binary(reader, docId, FieldNames.Text) is { } bytes ? TextCodec.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)) : [];

    /// <summary>A document's passage table (<see cref="PassageCodec"/>); empty when it has none. Every document
    /// written with a passage table has its text too.</summary>
    public static IReadOnlyList<Passage> Passages(AtomicReader reader, int docId) =>
        Binary(reader, docId, FieldNames.PassageTable) is { Length: > 0 } bytes ? PassageCodec.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)) : [];
}
