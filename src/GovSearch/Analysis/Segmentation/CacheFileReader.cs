using System.Runtime.InteropServices;

namespace GovSearch.Analysis.Segmentation;

/// <summary>
/// Reads what <see cref="CacheFileWriter"/> wrote, straight into new arrays, and checks the closing checksum.
/// Every fault (a short file, a length that does not fit, another element size, a checksum that differs) is an
/// <see cref="InvalidDataException"/>; the caller then rebuilds.
/// </summary>
internal sealed class CacheFileReader
{
    private readonly Stream _stream;
    private CacheChecksum _checksum;

    /// <summary>Reads from <paramref name="stream"/>, which the caller owns and which must report its length.</summary>
    public CacheFileReader(Stream stream) => _stream = stream;

    /// <summary>Reads exactly <paramref name="bytes"/>.Length bytes: one block as <see cref="CacheFileWriter.WriteBytes"/> wrote it.</summary>
    /// <exception cref="InvalidDataException">The file ends first.</exception>
    public void ReadBytes(Span<byte> bytes)
    {
        try
        {
            _stream.ReadExactly(bytes);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The cache file ends early.", ex);
        }

        _checksum.Append(bytes);
    }

    /// <summary>Reads one 32-bit integer.</summary>
    public int ReadInt32()
    {
        var value = 0;
        ReadBytes(MemoryMarshal.AsBytes(new Span<int>(ref value)));
        return value;
    }

    /// <summary>Reads an array that <see cref="CacheFileWriter.WriteArray{T}(T[])"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The element size differs, or the length does not fit in the file.</exception>
    public T[] ReadArray<T>()
        where T : unmanaged
    {
        var length = ReadInt32();
        var size = ReadInt32();
        if (size != Marshal.SizeOf<T>())
        {
            throw new InvalidDataException($"The cache file holds {size}-byte elements where {Marshal.SizeOf<T>()} were expected.");
        }

        if (length < 0 || (long)length * size > _stream.Length - _stream.Position)
        {
            throw new InvalidDataException($"The cache file gives an array of {length} elements, more than it holds.");
        }

        var array = GC.AllocateUninitializedArray<T>(length);
        ReadBytes(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    /// <summary>Reads the checksum and compares it with what was read, and checks that nothing follows.</summary>
    /// <exception cref="InvalidDataException">The checksum differs or bytes follow it.</exception>
    public void Verify()
    {
        var expected = _checksum.Value;
        ulong stored = 0;
        try
        {
            _stream.ReadExactly(MemoryMarshal.AsBytes(new Span<ulong>(ref stored)));
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The cache file ends before its checksum.", ex);
        }

        if (stored != expected || _stream.Position != _stream.Length)
        {
            throw new InvalidDataException("The cache file's checksum does not match its contents.");
        }
    }
}
