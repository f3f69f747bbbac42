using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using ZstdSharp;
using ZstdSharp.Unsafe;

namespace GovSearch.Schema;

/// <summary>
/// Text storage 3's Zstandard dictionary: trained once per index from the first texts it is given (at least
/// <see cref="MinimumTrainingCharacters"/>), recorded in every commit (<c>IndexManifest.TextDictionary</c>), and used
/// for every later block. A block of a few kilobytes has too little text of its own for a compressor to learn from;
/// the dictionary gives it the phrases the index's texts share. Each frame names the dictionary's id, by which a reader
/// finds it among the dictionaries of the indexes this process opened (<see cref="Register"/>).
/// </summary>
internal sealed class TextDictionary
{
    /// <summary>The text an index must be given before it trains its dictionary, in UTF-16 code units; documents written
    /// before then keep storage 2 (Brotli).</summary>
    public const int MinimumTrainingCharacters = 1024 * 1024;

    /// <summary>The dictionary's size in bytes.</summary>
    private const int Size = 112 * 1024;

    /// <summary>The compression level: 6 compresses a dictionary-primed block almost as well as 9, at about Brotli q5's speed.</summary>
    private const int Level = 6;

    /// <summary>The first four bytes of every Zstandard dictionary.</summary>
    private const uint Magic = 0xEC30A437;

    private static readonly ConcurrentDictionary<uint, TextDictionary> Known = new();

    private readonly ThreadLocal<Compressor> _compressors;
    private readonly ThreadLocal<Decompressor> _decompressors;

    private TextDictionary(byte[] bytes, uint id)
    {
        Bytes = bytes;
        Id = id;
        _compressors = new ThreadLocal<Compressor>(() =>
        {
            var compressor = new Compressor(Level);
            // A 4-byte checksum of each block's content, so a damaged block is refused rather than decoded into other text.
            compressor.SetParameter(ZSTD_cParameter.ZSTD_c_checksumFlag, 1);
            compressor.LoadDictionary(Bytes);
            return compressor;
        });
        _decompressors = new ThreadLocal<Decompressor>(() =>
        {
            var decompressor = new Decompressor();
            decompressor.LoadDictionary(Bytes);
            return decompressor;
        });
    }

    /// <summary>The dictionary as recorded.</summary>
    public byte[] Bytes { get; }

    /// <summary>The id every frame compressed with it names.</summary>
    public uint Id { get; }

    /// <summary>Trains a dictionary on <paramref name="texts"/>, cut into blocks as storage 3 cuts them, or returns
    /// <see langword="null"/> when they hold less than <see cref="MinimumTrainingCharacters"/> or training fails.</summary>
    public static TextDictionary? Train(IEnumerable<string> texts)
    {
        var samples = new List<byte[]>();
        long characters = 0;
        foreach (var text in texts)
        {
            for (var start = 0; start < text.Length; start += TextBlocks.BlockCharacters)
            {
                samples.Add(MemoryMarshal.AsBytes(text.AsSpan(start, Math.Min(TextBlocks.BlockCharacters, text.Length - start))).ToArray());
            }

            characters += text.Length;
        }

        if (characters < MinimumTrainingCharacters)
        {
            return null;
        }

        try
        {
            return Register(DictBuilder.TrainFromBuffer(samples, Size).ToArray());
        }
        catch (ZstdException)
        {
            return null;
        }
    }

    /// <summary>Makes a recorded dictionary known to this process's readers, and returns it.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a Zstandard dictionary.</exception>
    public static TextDictionary Register(byte[] bytes)
    {
        if (bytes.Length < 8 || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic)
        {
            throw new InvalidDataException("The recorded text dictionary is not a Zstandard dictionary; the index is damaged.");
        }

        var id = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4));
        return Known.GetOrAdd(id, _ => new TextDictionary(bytes, id));
    }

    /// <summary>The dictionary a recording starts with, when this process already knows it: a refresh then decodes only
    /// the recording's first 12 characters, not its 150 KB.</summary>
    /// <param name="base64">The dictionary as the commit records it, in base64.</param>
    public static TextDictionary? KnownFrom(string base64)
    {
        Span<byte> head = stackalloc byte[9];
        return base64.Length >= 12
            && Convert.TryFromBase64Chars(base64.AsSpan(0, 12), head, out var written) && written == 9
            && BinaryPrimitives.ReadUInt32LittleEndian(head) == Magic
            && Known.TryGetValue(BinaryPrimitives.ReadUInt32LittleEndian(head[4..]), out var known)
                ? known
                : null;
    }

    /// <summary>A block's code units (UTF-16 little-endian bytes) compressed.</summary>
    public byte[] Compress(ReadOnlySpan<byte> bytes) => _compressors.Value!.Wrap(bytes).ToArray();

    /// <summary>Decompresses one block written with the dictionary its frame names into <paramref name="destination"/>
    /// and returns the bytes written.</summary>
    /// <exception cref="InvalidDataException">The block is damaged, its dictionary is not known, or it needs more room
    /// than <paramref name="destination"/>.</exception>
    public static int Decompress(ReadOnlySpan<byte> compressed, Span<byte> destination)
    {
        var id = FrameDictionaryId(compressed);
        if (!Known.TryGetValue(id, out var dictionary))
        {
            throw new InvalidDataException($"A text block names dictionary {id}, which the index's commit does not record; the index is damaged.");
        }

        try
        {
            return dictionary._decompressors.Value!.Unwrap(compressed, destination);
        }
        catch (ZstdException e)
        {
            throw new InvalidDataException($"A text block does not decompress ({e.Message}); the index is damaged.", e);
        }
    }

    /// <summary>The size a block's frame records, in bytes.</summary>
    /// <exception cref="InvalidDataException">The block does not start with a frame header.</exception>
    public static ulong DecompressedSize(ReadOnlySpan<byte> compressed)
    {
        try
        {
            return Decompressor.GetDecompressedSize(compressed);
        }
        catch (ZstdException e)
        {
            throw new InvalidDataException($"A text block has no valid frame header ({e.Message}); the index is damaged.", e);
        }
    }

    /// <summary>The dictionary id a Zstandard frame header names (RFC 8878, 3.1.1.1).</summary>
    private static uint FrameDictionaryId(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < 6 || BinaryPrimitives.ReadUInt32LittleEndian(frame) != 0xFD2FB528)
        {
            throw new InvalidDataException("A text block does not start with a Zstandard frame; the index is damaged.");
        }

        var descriptor = frame[4];
        var offset = 5 + ((descriptor & 0x20) == 0 ? 1 : 0);
        var size = (descriptor & 3) switch { 0 => 0, 1 => 1, 2 => 2, _ => 4 };
        if (frame.Length < offset + size)
        {
            throw new InvalidDataException("A text block's frame header is cut short; the index is damaged.");
        }

        var id = 0u;
        for (var i = size - 1; i >= 0; i--)
        {
            id = (id << 8) | frame[offset + i];
        }

        return id;
    }
}
