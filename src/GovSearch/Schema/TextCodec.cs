using System.Runtime.InteropServices;
using System.Text;


namespace GovSearch.Schema;

/// <summary>
/// Text storage 1 (read only now; <see cref="TextBlocks"/> writes storage 2): a document's text in binary doc values as UTF-16 little-endian code units: reading it back is a reinterpretation
/// of the bytes, with no stored-fields decompression and no UTF-8 decoding, and the UTF-16 offsets of the postings
/// and the passage table index it directly (code unit <c>i</c> is bytes <c>2i</c> and <c>2i + 1</c>). Chinese text,
/// most of the corpus, also takes less room than in UTF-8 (2 bytes a character against 3).
/// </summary>
internal static class TextCodec
{
    public static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> bytes) =>
        BitConverter.IsLittleEndian ? MemoryMarshal.Cast<byte, char>(bytes) : Encoding.Unicode.GetString(bytes).AsSpan();
}
