using System.Runtime.InteropServices;
using System.Text;

namespace GovSearch.Indexing;

/// <summary>
/// A document's text in binary doc values as UTF-16 little-endian code units, so a snippet reads its few hundred
/// characters straight from the memory-mapped values: no stored-fields decompression, no decoding of the whole text.
/// Offsets in the postings and the passage table are UTF-16 offsets, so code unit <c>i</c> is bytes <c>2i</c> and <c>2i + 1</c>.
/// </summary>
internal static class TextCodec
{
    public static byte[] Encode(string text) =>
        BitConverter.IsLittleEndian ? MemoryMarshal.AsBytes(text.AsSpan()).ToArray() : Encoding.Unicode.GetBytes(text);

    public static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> bytes) =>
        BitConverter.IsLittleEndian ? MemoryMarshal.Cast<byte, char>(bytes) : Encoding.Unicode.GetString(bytes).AsSpan();
}
