using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Util;


namespace GovSearch.Schema;

/// <summary>
/// Reads one document's doc values from its own segment: the text (whole or a window of it), the passage table, the
/// topic vector. Reading through the segment avoids the merged (composite) doc values, which build a map over every
/// segment.
/// </summary>
/// <remarks>
/// Lucene.Net 4.8's binary doc values copy the whole value into a new array on every read. Text storage 2 and 3
/// (<see cref="TextBlocks"/>; Brotli or Zstandard, by <see cref="FieldNames.TextStorage"/>) keep the text in compressed blocks, so a window copies and decompresses only the blocks
/// it touches. Documents written by storage 1 (no <see cref="FieldNames.TextLength"/>) keep their whole text in one
/// UTF-16 value (<see cref="TextCodec"/>) and are read that way, per document, so a segment merged from both kinds
/// reads right too.
/// </remarks>
internal static class SegmentValues
{
    /// <summary>One block of decompressed text, reused by the windows a thread reads (only the window is copied out).</summary>
    [ThreadStatic]
    private static char[]? _block;

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

    /// <summary>A document's text; empty when it has none.</summary>
    public static ReadOnlySpan<char> Text(AtomicReader reader, int docId)
    {
        if (StoredLength(reader, docId) is not { } length)
        {
            return Binary(reader, docId, FieldNames.Text) is { } bytes ? TextCodec.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)) : [];
        }

        return Range(reader, docId, length, 0, length);
    }

    /// <summary>The code units <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive) of a document's
    /// text, clamped to its length; storage 2 reads only the blocks they lie in.</summary>
    public static ReadOnlySpan<char> Window(AtomicReader reader, int docId, int start, int end)
    {
        if (StoredLength(reader, docId) is not { } length)
        {
            var text = Text(reader, docId);
            start = Math.Clamp(start, 0, text.Length);
            return text[start..Math.Clamp(end, start, text.Length)];
        }

        start = Math.Clamp(start, 0, length);
        return Range(reader, docId, length, start, Math.Clamp(end, start, length));
    }

    /// <summary>Several windows of a document's text, as <see cref="Window"/> reads each; storage 2 decompresses each
    /// block they touch once, however many of them lie in it (a Brotli block costs about the same to decompress
    /// whatever part of it is wanted).</summary>
    public static char[][] Windows(AtomicReader reader, int docId, IReadOnlyList<(int Start, int End)> windows)
    {
        var result = new char[windows.Count][];
        if (StoredLength(reader, docId) is not { } length)
        {
            var text = windows.Count == 0 ? [] : Text(reader, docId);
            for (var i = 0; i < windows.Count; i++)
            {
                var start = Math.Clamp(windows[i].Start, 0, text.Length);
                result[i] = text[start..Math.Clamp(windows[i].End, start, text.Length)].ToArray();
            }

            return result;
        }

        var blocks = new Dictionary<int, char[]>();
        var scratch = new BytesRef();
        try
        {
            ReadWindows(reader, docId, length, BlockStorage(reader, docId), windows, result, blocks, scratch);
        }
        finally
        {
            foreach (var chars in blocks.Values)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }

        return result;
    }

    private static void ReadWindows(
        AtomicReader reader, int docId, int length, int storage, IReadOnlyList<(int Start, int End)> windows, char[][] result, Dictionary<int, char[]> blocks, BytesRef scratch)
    {
        for (var i = 0; i < windows.Count; i++)
        {
            var start = Math.Clamp(windows[i].Start, 0, length);
            var end = Math.Clamp(windows[i].End, start, length);
            var window = result[i] = new char[end - start];
            for (var block = start / TextBlocks.BlockCharacters; window.Length > 0 && block <= (end - 1) / TextBlocks.BlockCharacters; block++)
            {
                var blockStart = block * TextBlocks.BlockCharacters;
                if (!blocks.TryGetValue(block, out var chars))
                {
                    var values = reader.GetBinaryDocValues(TextBlocks.FieldOf(block))
                        ?? throw new InvalidDataException($"Block {block} of a text of {length} characters is missing from its segment; the index is damaged.");
                    values.Get(docId, scratch);
                    blocks[block] = chars = ArrayPool<char>.Shared.Rent(TextBlocks.BlockCharacters);
                    TextBlocks.Decompress(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length), chars.AsSpan(0, Math.Min(length, blockStart + TextBlocks.BlockCharacters) - blockStart), storage);
                }

                var from = Math.Max(start, blockStart);
                var to = Math.Min(end, blockStart + TextBlocks.BlockCharacters);
                chars.AsSpan(from - blockStart, to - from).CopyTo(window.AsSpan(from - start));
            }
        }
    }

    /// <summary>The length of a document's text in UTF-16 code units.</summary>
    public static int Length(AtomicReader reader, int docId) =>
        StoredLength(reader, docId) ?? (Binary(reader, docId, FieldNames.Text)?.Length ?? 0) / sizeof(char);

    /// <summary>The text length, in UTF-16 code units, of every document of a segment (deleted ones included).</summary>
    public static int[] Lengths(AtomicReader reader)
    {
        var result = new int[reader.MaxDoc];
        var stored = reader.GetNumericDocValues(FieldNames.TextLength);
        var hasStored = stored is null ? null : reader.GetDocsWithField(FieldNames.TextLength);
        var whole = reader.GetBinaryDocValues(FieldNames.Text);
        var scratch = new BytesRef();
        for (var doc = 0; doc < result.Length; doc++)
        {
            if (hasStored is not null && hasStored.Get(doc))
            {
                result[doc] = (int)stored!.Get(doc);
            }
            else if (whole is not null)
            {
                whole.Get(doc, scratch);
                result[doc] = scratch.Length / sizeof(char);
            }
        }

        return result;
    }

    /// <summary>A document's passage table (<see cref="PassageCodec"/>); empty when it has none. Every document
    /// written with a passage table has its text too.</summary>
    public static IReadOnlyList<Passage> Passages(AtomicReader reader, int docId)
    {
        if (Binary(reader, docId, FieldNames.PackedPassageTable) is { Length: > 0 } packed)
        {
            var table = TextBlocks.Unpack(packed.Bytes, packed.Offset, packed.Length);
            return PassageCodec.Decode(table.Array!, table.Offset, table.Count);
        }

        return Binary(reader, docId, FieldNames.PassageTable) is { Length: > 0 } bytes ? PassageCodec.Decode(bytes.Bytes, bytes.Offset, bytes.Length) : [];
    }

    /// <summary>Which codec compressed a document's blocks: <see cref="TextBlocks.StorageVersion"/>, or
    /// <see cref="TextBlocks.BrotliStorage"/> for a document written before <see cref="FieldNames.TextStorage"/>.</summary>
    private static int BlockStorage(AtomicReader reader, int docId)
    {
        var storage = reader.GetNumericDocValues(FieldNames.TextStorage);
        return storage is null || storage.Get(docId) == 0 ? TextBlocks.BrotliStorage : (int)storage.Get(docId);
    }

    /// <summary>The text length recorded by storage 2 on, or <see langword="null"/> for a document of storage 1.</summary>
    private static int? StoredLength(AtomicReader reader, int docId)
    {
        var lengths = reader.GetNumericDocValues(FieldNames.TextLength);
        if (lengths is null || !reader.GetDocsWithField(FieldNames.TextLength).Get(docId))
        {
            return null;
        }

        return (int)lengths.Get(docId);
    }

    /// <summary>Decompresses the blocks that hold [<paramref name="start"/>, <paramref name="end"/>), and only as far as <paramref name="end"/>.</summary>
    private static char[] Range(AtomicReader reader, int docId, int length, int start, int end)
    {
        var result = new char[end - start];
        if (result.Length == 0)
        {
            return result;
        }

        var scratch = new BytesRef();
        var storage = BlockStorage(reader, docId);
        char[]? buffer = null;
        for (var block = start / TextBlocks.BlockCharacters; block <= (end - 1) / TextBlocks.BlockCharacters; block++)
        {
            var blockStart = block * TextBlocks.BlockCharacters;
            var blockEnd = Math.Min(length, blockStart + TextBlocks.BlockCharacters);
            var values = reader.GetBinaryDocValues(TextBlocks.FieldOf(block))
                ?? throw new InvalidDataException($"Block {block} of a text of {length} characters is missing from its segment; the index is damaged.");
            values.Get(docId, scratch);
            var compressed = scratch.Bytes.AsSpan(scratch.Offset, scratch.Length);
            var from = Math.Max(start, blockStart);
            var to = Math.Min(end, blockEnd);
            if (from == blockStart)
            {
                // A whole block, or its beginning, goes straight into the result.
                TextBlocks.Decompress(compressed, result.AsSpan(from - start, to - from), storage);
                continue;
            }

            buffer ??= _block ??= new char[TextBlocks.BlockCharacters];
            TextBlocks.Decompress(compressed, buffer.AsSpan(0, to - blockStart), storage);
            buffer.AsSpan(from - blockStart, to - from).CopyTo(result.AsSpan(from - start));
        }

        return result;
    }
}
