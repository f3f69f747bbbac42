using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Store;
using System.Runtime.InteropServices;

namespace GovSearch.Schema;

/// <summary>
/// Text storage 3: a document's text cut into blocks of <see cref="BlockCharacters"/> UTF-16 code units, each
/// compressed on its own into a binary doc values field of its own (<see cref="FieldNames.TextBlock"/>), with the
/// length in numeric doc values (<see cref="FieldNames.TextLength"/>) and the storage in <see cref="FieldNames.TextStorage"/>.
/// Storage 3 compresses with Zstandard and the index's own dictionary (<see cref="TextDictionary"/>); storage 2 with
/// Brotli, which an index also writes until it has seen enough text to train its dictionary.
/// A snippet reads and decompresses the one or two blocks its window touches, never the whole text; the code units are
/// stored as they are (UTF-16 little-endian), so the text comes back exactly, surrogate pairs cut by a block boundary
/// included.
/// </summary>
/// <remarks>Storage 1 (schema 3 before it) kept the whole text uncompressed in one binary doc value as UTF-16
/// (<see cref="TextCodec"/>); storage 2 wrote the same blocks with Brotli. Documents written so are still read that way,
/// per document (<see cref="SegmentValues"/>).</remarks>
internal static class TextBlocks
{
    /// <summary>The text storage version this build writes (recorded in each commit, see <c>IndexManifest</c>).</summary>
    public const int StorageVersion = 3;

    /// <summary>The storage whose blocks are Brotli streams (a document with a length but no <see cref="FieldNames.TextStorage"/>).</summary>
    public const int BrotliStorage = 2;

    /// <summary>The code units of one block (the last block of a text may be shorter).</summary>
    public const int BlockCharacters = 4096;

    /// <summary>Storage 2's Brotli quality: 5 compresses Chinese text to about the size of LZ4 stored fields' half, and fast.</summary>
    private const int Quality = 5;

    /// <summary>Brotli window (log2 bytes): a block is 8 KB of UTF-16, so 64 KB is more than enough.</summary>
    private const int Window = 16;

    private static string[] _names = Names(64);

    [ThreadStatic]
    private static byte[]? _scratch;

    /// <summary>LZ4 high compression (its hash tables take about 400 KB, so one per indexing thread).</summary>
    [ThreadStatic]
    private static Compressor? _packer;

    /// <summary>How many blocks a text of <paramref name="length"/> code units takes.</summary>
    public static int BlockCount(int length) => (length + BlockCharacters - 1) / BlockCharacters;

    /// <summary>The field that holds block <paramref name="block"/>.</summary>
    public static string FieldOf(int block)
    {
        var names = Volatile.Read(ref _names);
        if (block < names.Length)
        {
            return names[block];
        }

        names = Names(Math.Max(block + 1, names.Length * 2));
        Volatile.Write(ref _names, names);
        return names[block];
    }

    /// <summary>Compresses one block of text: with <paramref name="dictionary"/> as storage <see cref="StorageVersion"/>
    /// does, or without one as storage 2 does (Brotli).</summary>
    public static byte[] Compress(ReadOnlySpan<char> block, TextDictionary? dictionary) =>
        dictionary is null ? CompressBrotli(block) : dictionary.Compress(MemoryMarshal.AsBytes(block));

    /// <summary>Compresses one block of text as storage 2 does (Brotli).</summary>
    private static byte[] CompressBrotli(ReadOnlySpan<char> block)
    {
        var bytes = MemoryMarshal.AsBytes(block);
        var scratch = Scratch(BrotliEncoder.GetMaxCompressedLength(bytes.Length));
        if (!BrotliEncoder.TryCompress(bytes, scratch, out var written, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress a text block into its maximum compressed length.");
        }

        return scratch.AsSpan(0, written).ToArray();
    }

    /// <summary>Decompresses the first <paramref name="destination"/>.Length code units of one block written by
    /// <paramref name="storage"/> (<see cref="BrotliStorage"/> or <see cref="StorageVersion"/>).</summary>
    /// <exception cref="InvalidDataException">The block does not decompress to at least that many code units.</exception>
    public static void Decompress(ReadOnlySpan<byte> compressed, Span<char> destination, int storage)
    {
        if (storage == BrotliStorage)
        {
            DecompressBrotli(compressed, destination);
            return;
        }

        if (storage != StorageVersion)
        {
            throw new InvalidDataException($"A text block records storage {storage}, which this GovSearch does not know; open the index with a newer GovSearch.");
        }

        var target = MemoryMarshal.AsBytes(destination);
        var size = TextDictionary.DecompressedSize(compressed);
        if (size == (ulong)target.Length)
        {
            Check(TextDictionary.Decompress(compressed, target), target.Length);
            return;
        }

        // Only a part of the block is wanted: the whole block goes into the scratch buffer first.
        var scratch = Scratch(BlockCharacters * sizeof(char));
        var written = TextDictionary.Decompress(compressed, scratch.AsSpan(0, BlockCharacters * sizeof(char)));
        Check(Math.Min(written, target.Length), target.Length);
        scratch.AsSpan(0, target.Length).CopyTo(target);
    }

    private static void Check(int written, int expected)
    {
        if (written != expected)
        {
            throw new InvalidDataException($"A text block decompressed to {written} bytes where {expected} were expected; the index is damaged.");
        }
    }

    private static void DecompressBrotli(ReadOnlySpan<byte> compressed, Span<char> destination)
    {
        var target = MemoryMarshal.AsBytes(destination);
        using var decoder = new BrotliDecoder();
        var status = decoder.Decompress(compressed, target, out _, out var written);
        if (written != target.Length || status == OperationStatus.InvalidData)
        {
            throw new InvalidDataException($"A text block decompressed to {written} bytes where {target.Length} were expected; the index is damaged.");
        }
    }

    /// <summary>Compresses bytes (a passage table) with LZ4 (high compression, as Lucene's stored fields can), behind
    /// their length (4 bytes, little-endian). Every hit's table is read on every search, so it takes LZ4, which
    /// decompresses several times faster than Brotli; its headings repeat, so it still shrinks about four times.</summary>
    public static byte[] Pack(byte[] bytes)
    {
        var output = new byte[sizeof(int) + bytes.Length + (bytes.Length / 255) + 16];
        BinaryPrimitives.WriteInt32LittleEndian(output, bytes.Length);
        var writer = new ByteArrayDataOutput(output, sizeof(int), output.Length - sizeof(int));
        (_packer ??= Lucene.Net.Codecs.Compressing.CompressionMode.FAST_DECOMPRESSION.NewCompressor()).Compress(bytes, 0, bytes.Length, writer);
        return output.AsSpan(0, writer.Position).ToArray();
    }

    /// <summary>The bytes <see cref="Pack"/> compressed.</summary>
    /// <exception cref="InvalidDataException">The value is damaged.</exception>
    public static ArraySegment<byte> Unpack(byte[] packed, int offset, int length)
    {
        var size = length >= sizeof(int) ? BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(offset)) : -1;
        if (size < 0)
        {
            throw new InvalidDataException("A packed passage table is too short; the index is damaged.");
        }

        // LZ4 may write up to 7 bytes past the end while copying matches.
        var bytes = new byte[size + 8];
        try
        {
            var written = LZ4.Decompress(new ByteArrayDataInput(packed, offset + sizeof(int), length - sizeof(int)), size, bytes, 0);
            if (written != size)
            {
                throw new InvalidDataException($"A packed passage table decompressed to {written} bytes where {size} were expected; the index is damaged.");
            }
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or EndOfStreamException)
        {
            throw new InvalidDataException("A packed passage table does not decompress; the index is damaged.", e);
        }

        return new ArraySegment<byte>(bytes, 0, size);
    }

    private static byte[] Scratch(int length)
    {
        var scratch = _scratch;
        if (scratch is null || scratch.Length < length)
        {
            _scratch = scratch = new byte[Math.Max(length, 2 * BlockCharacters * sizeof(char) + 1024)];
        }

        return scratch;
    }

    private static string[] Names(int count) =>
        Enumerable.Range(0, count).Select(i => FieldNames.TextBlock + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
