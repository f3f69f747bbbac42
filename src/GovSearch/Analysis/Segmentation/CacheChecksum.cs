using System.Numerics;
using System.Runtime.InteropServices;

namespace GovSearch.Analysis.Segmentation;

/// <summary>
/// The running checksum of <see cref="CacheFileWriter"/> and <see cref="CacheFileReader"/>: each appended block is
/// hashed on its own with xxHash64's round over 64-bit words in four lanes, and folded into the running value with its
/// length. Written here rather than taken from System.IO.Hashing because this code is compiled ahead of time with
/// GovSearch, while a fresh process runs the library's vectorized hash unoptimized on the 20 MB it checks, which took
/// longer than reading the file.
/// </summary>
internal struct CacheChecksum
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;

    private ulong _value;

    /// <summary>The checksum of every block appended so far.</summary>
    public readonly ulong Value => _value;

    /// <summary>Folds the hash of <paramref name="block"/> into the checksum.</summary>
    public void Append(ReadOnlySpan<byte> block)
    {
        var hash = Hash(block);
        _value = Avalanche(BitOperations.RotateLeft((_value ^ hash) * Prime1, 27) * Prime2 + Prime4);
    }

    private static ulong Hash(ReadOnlySpan<byte> block)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(block);
        ulong a = unchecked(Prime1 + Prime2), b = Prime2, c = 0, d = unchecked(0 - Prime1);
        var i = 0;
        for (; i + 4 <= words.Length; i += 4)
        {
            a = Round(a, words[i]);
            b = Round(b, words[i + 1]);
            c = Round(c, words[i + 2]);
            d = Round(d, words[i + 3]);
        }

        var hash = BitOperations.RotateLeft(a, 1) + BitOperations.RotateLeft(b, 7) + BitOperations.RotateLeft(c, 12)
            + BitOperations.RotateLeft(d, 18) + (ulong)block.Length;
        for (; i < words.Length; i++)
        {
            hash = BitOperations.RotateLeft(hash ^ Round(0, words[i]), 27) * Prime1 + Prime4;
        }

        foreach (var rest in block[(words.Length * sizeof(ulong))..])
        {
            hash = BitOperations.RotateLeft(hash ^ (rest * Prime5), 11) * Prime1;
        }

        return Avalanche(hash);
    }

    private static ulong Round(ulong accumulator, ulong word) =>
        BitOperations.RotateLeft(accumulator + (word * Prime2), 31) * Prime1;

    private static ulong Avalanche(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= Prime2;
        hash ^= hash >> 29;
        hash *= Prime3;
        return hash ^ (hash >> 32);
    }
}
