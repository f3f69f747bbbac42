using System.Buffers.Binary;
using System.IO.Hashing;

namespace GovSearch.Storage;

/// <summary>
/// Checks the codec footer Lucene 4.8 writes at the end of every index file: a magic number, an algorithm id (0) and
/// the CRC-32 of every byte before the checksum. The same test as Lucene's <c>CodecUtil.ChecksumEntireFile</c>, read
/// with large buffers and a vectorized CRC, which makes it several times faster.
/// </summary>
internal static class FooterChecksum
{
    /// <summary>The file does not exist.</summary>
    public const string Missing = "the file is missing";

    /// <summary>The file is shorter than its footer, or ended while being read.</summary>
    public const string Truncated = "the file is truncated";

    /// <summary>The footer's magic or algorithm id is wrong.</summary>
    public const string FooterDamaged = "its checksum footer is damaged";

    /// <summary>The footer's checksum is not the CRC-32 of the contents.</summary>
    public const string ChecksumMismatch = "its checksum does not match its contents";

    /// <summary>The footer's length: magic (4 bytes), algorithm id (4), checksum (8).</summary>
    private const int FooterLength = 16;

    /// <summary>Lucene's <c>CodecUtil.FOOTER_MAGIC</c>, the complement of its header magic.</summary>
    private const int FooterMagic = ~0x3fd76c17;

    private const int BufferSize = 1 << 18;

    /// <summary>What is wrong with a file's footer or contents, or <see langword="null"/> when its checksum matches.</summary>
    /// <exception cref="IOException">The file cannot be read (other than being missing).</exception>
    public static string? Problem(string file)
    {
        FileStream stream;
        try
        {
            // No buffer of the stream's own: the loop reads in chunks of BufferSize into one pooled array.
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Missing;
        }

        using (stream)
        {
            var length = stream.Length;
            if (length < FooterLength)
            {
                return Truncated;
            }

            var crc = new Crc32();
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
            try
            {
                return Check(stream, length, crc, buffer);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static string? Check(FileStream stream, long length, Crc32 crc, byte[] buffer)
    {
        var remaining = length - 8;
        while (remaining > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, remaining));
            if (read == 0)
            {
                return Truncated;
            }

            crc.Append(buffer.AsSpan(0, read));
            remaining -= read;
        }

        Span<byte> footer = stackalloc byte[FooterLength];
        stream.Position = length - FooterLength;
        stream.ReadExactly(footer);
        if (BinaryPrimitives.ReadInt32BigEndian(footer) != FooterMagic || BinaryPrimitives.ReadInt32BigEndian(footer[4..]) != 0)
        {
            return FooterDamaged;
        }

        var expected = BinaryPrimitives.ReadInt64BigEndian(footer[8..]);
        return expected == crc.GetCurrentHashAsUInt32() ? null : ChecksumMismatch;
    }
}
