using System.Runtime.InteropServices;

namespace GovSearch.Analysis.Segmentation;

/// <summary>
/// Writes <see cref="SegmenterDictionaryCache"/>'s file: arrays of fixed-size values as raw bytes, each after its length
/// and element size, and at the end a <see cref="CacheChecksum"/> of everything before it, so <see cref="CacheFileReader"/> can tell a
/// whole file from a torn or altered one.
/// </summary>
internal sealed class CacheFileWriter
{
    private readonly Stream _stream;
    private CacheChecksum _checksum;

    /// <summary>Writes to <paramref name="stream"/>, which the caller owns.</summary>
    public CacheFileWriter(Stream stream) => _stream = stream;

    /// <summary>Writes raw bytes (a magic number or a key).</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        _checksum.Append(bytes);
        _stream.Write(bytes);
    }

    /// <summary>Writes one 32-bit integer, little-endian on every platform this runs on.</summary>
    public void WriteInt32(int value) => WriteBytes(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in value)));

    /// <summary>Writes the length of <paramref name="array"/>, the size of one element, and the elements' bytes.</summary>
    public void WriteArray<T>(T[] array)
        where T : unmanaged
    {
        WriteInt32(array.Length);
        WriteInt32(Marshal.SizeOf<T>());
        WriteBytes(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    /// <summary>Writes the checksum of everything written so far; the file is complete after this.</summary>
    public void Finish()
    {
        var checksum = _checksum.Value;
        _stream.Write(MemoryMarshal.AsBytes(new ReadOnlySpan<ulong>(in checksum)));
    }
}
