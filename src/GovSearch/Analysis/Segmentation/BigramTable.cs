using System.Runtime.CompilerServices;

namespace GovSearch.Analysis.Segmentation;

/// <summary>
/// SmartCn's bigram dictionary (<c>bigramdict</c>): the frequency of "word1@word2", looked up exactly as
/// <c>BigramDictionary.GetFrequency</c> does, by the key's 64-bit FNV hash and a double-hashing probe.
/// </summary>
/// <remarks>
/// <para>The key is never built: <see cref="Start"/> and <see cref="Append(ref long, ref int, char)"/> hash it one
/// character at a time, so a caller hashes "word1@" once and continues with each word2.</para>
/// <para>SmartCn's table is 82% full, so a key costs several random probes and two 64-bit divisions. A second,
/// sparser table (linear probing, under two thirds full) holds every stored hash with its frequency and whether it
/// sits in its home slot (the first slot SmartCn's probe visits): an absent hash is answered there at once, and so is
/// a hash at home, which SmartCn's probe finds at its first step whatever the second hash. Only a stored hash away
/// from home takes SmartCn's probe, so the answer is always SmartCn's.</para>
/// <para>Kept on purpose, for identical tokens: SmartCn stores only the hash, so two keys with the same 64-bit hash
/// share a frequency; its second hash (a djb2 variant whose operator precedence masks it to a few hundred values) may
/// be 0, and then the probe never moves and gives up after the table's length in steps. Both are reproduced.</para>
/// </remarks>
internal sealed class BigramTable
{
    /// <summary>The table length SmartCn uses (a prime).</summary>
    private const int Length = 402137;

    /// <summary>The character that joins the two words of a bigram key.</summary>
    public const char Separator = '@';

    private const long FnvOffset = unchecked((long)0xcbf29ce484222325L);
    private const long FnvPrime = 1099511628211L;

    /// <summary>Marks, in <see cref="StoredHash.Frequency"/>, a hash away from its home slot.</summary>
    private const int AwayFromHome = -1;

    /// <summary>The filter's size: 2^16 words of 64 bits (512 KB), about 12 bits for each stored hash.</summary>
    private const int FilterBits = 16;

    private readonly Entry[] _entries;
    private readonly StoredHash[] _stored;
    private readonly int _storedShift;
    private readonly ulong[] _filter;

    private BigramTable(Entry[] entries, StoredHash[] stored, ulong[] filter)
    {
        _entries = entries;
        _stored = stored;
        _filter = filter;
        _storedShift = 64 - int.Log2(stored.Length);
    }

    /// <summary>Copies SmartCn's two parallel arrays into one array of (hash, frequency) pairs.</summary>
    /// <exception cref="InvalidOperationException">The tables do not have SmartCn's length.</exception>
    public static BigramTable Build(SmartCnTables tables)
    {
        var hashes = tables.BigramHashTable;
        var frequencies = tables.BigramFrequencyTable;
        if (hashes.Length != Length || frequencies.Length != Length)
        {
            throw new InvalidOperationException(
                $"SmartCn's bigram table has {hashes.Length} hashes and {frequencies.Length} frequencies; the fast segmenter expects {Length} of each.");
        }

        var entries = new Entry[Length];
        var stored = 0;
        for (var i = 0; i < Length; i++)
        {
            entries[i] = new Entry(hashes[i], frequencies[i]);
            stored += hashes[i] != 0 ? 1 : 0;
        }

        var capacity = 1;
        while (capacity * 2 < stored * 3)
        {
            capacity <<= 1;
        }

        var table = new BigramTable(entries, new StoredHash[capacity], new ulong[1 << FilterBits]);
        for (var slot = 0; slot < Length; slot++)
        {
            var hash = hashes[slot];
            if (hash != 0)
            {
                table.AddStored(hash, Home(hash) == slot ? frequencies[slot] : AwayFromHome);
                table._filter[FilterWord(hash)] |= FilterMask(hash);
            }
        }

        return table;
    }

    /// <summary>Writes the table's arrays, for <see cref="SegmenterDictionaryCache"/>.</summary>
    public void WriteTo(CacheFileWriter writer)
    {
        writer.WriteArray(_entries);
        writer.WriteArray(_stored);
        writer.WriteArray(_filter);
    }

    /// <summary>Reads a table that <see cref="WriteTo(CacheFileWriter)"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The arrays do not have the table's shape.</exception>
    public static BigramTable ReadFrom(CacheFileReader reader)
    {
        var entries = reader.ReadArray<Entry>();
        var stored = reader.ReadArray<StoredHash>();
        var filter = reader.ReadArray<ulong>();
        if (entries.Length != Length || !int.IsPow2(stored.Length) || filter.Length != 1 << FilterBits)
        {
            throw new InvalidDataException("The cached bigram table does not have the table's shape.");
        }

        return new BigramTable(entries, stored, filter);
    }

    /// <summary>The state of both hashes before the first character.</summary>
    public static void Start(out long fnv, out int djb)
    {
        fnv = FnvOffset;
        djb = 5381;
    }

    /// <summary>Adds one character to both hashes (SmartCn's <c>Hash1(char[])</c> and <c>Hash2(char[])</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Append(ref long fnv, ref int djb, char c)
    {
        unchecked
        {
            fnv = (fnv ^ (c & 0x00FF)) * FnvPrime;
            fnv = (fnv ^ (c >> 8)) * FnvPrime;
        }

        // SmartCn writes "((hash << 5) + hash) + c & 0x00FF": the addition binds first.
        djb = (((djb << 5) + djb) + c) & 0x00FF;
        djb = (((djb << 5) + djb) + c) >> 8;
    }

    /// <summary>Adds every character of <paramref name="text"/> to both hashes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Append(ref long fnv, ref int djb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            Append(ref fnv, ref djb, c);
        }
    }

    /// <summary>The frequency of the key whose hashes are <paramref name="fnv"/> and <paramref name="djb"/>; 0 if absent.</summary>
    public int Frequency(long fnv, int djb)
    {
        if (fnv == 0)
        {
            return Probe(fnv, djb);
        }

        // Most keys are absent: the filter, small enough for the CPU's near caches, rules out nearly all of them.
        var filterMask = FilterMask(fnv);
        if ((_filter[FilterWord(fnv)] & filterMask) != filterMask)
        {
            return 0;
        }

        var stored = _stored;
        var mask = stored.Length - 1;
        var slot = StoredSlot(fnv);
        while (true)
        {
            ref readonly var found = ref stored[slot];
            if (found.Hash == fnv)
            {
                return found.Frequency == AwayFromHome ? Probe(fnv, djb) : found.Frequency;
            }

            if (found.Hash == 0)
            {
                return 0;
            }

            slot = (slot + 1) & mask;
        }
    }

    private void AddStored(long fnv, int frequency)
    {
        var mask = _stored.Length - 1;
        var slot = StoredSlot(fnv);
        while (_stored[slot].Hash != 0)
        {
            if (_stored[slot].Hash == fnv)
            {
                // A hash stored twice: only SmartCn's probe knows which slot a key reaches.
                _stored[slot] = new StoredHash(fnv, AwayFromHome);
                return;
            }

            slot = (slot + 1) & mask;
        }

        _stored[slot] = new StoredHash(fnv, frequency);
    }

    /// <summary>The filter word of a hash (a blocked Bloom filter: three bits in one word).</summary>
    private static int FilterWord(long fnv) => (int)(((ulong)fnv * 0x9E3779B97F4A7C15UL) >> (64 - FilterBits));

    /// <summary>The three bits of a hash in its filter word.</summary>
    private static ulong FilterMask(long fnv)
    {
        var mixed = (ulong)fnv * 0xC2B2AE3D27D4EB4FUL;
        return (1UL << (int)(mixed >> 58)) | (1UL << (int)((mixed >> 52) & 63)) | (1UL << (int)((mixed >> 46) & 63));
    }

    private int StoredSlot(long fnv) => (int)(((ulong)fnv * 0x9E3779B97F4A7C15UL) >> _storedShift);

    /// <summary>The first slot SmartCn's probe visits for <paramref name="fnv"/>.</summary>
    private static int Home(long fnv)
    {
        var hash1 = (int)(fnv % Length);
        return hash1 < 0 ? hash1 + Length : hash1;
    }

    /// <summary>SmartCn's <c>GetBigramItemIndex</c> probe, then its frequency.</summary>
    private int Probe(long fnv, int djb)
    {
        var hash1 = (int)(fnv % Length);
        var hash2 = djb % Length;
        if (hash1 < 0)
        {
            hash1 += Length;
        }

        if (hash2 < 0)
        {
            hash2 += Length;
        }

        var entries = _entries;
        var index = hash1;
        if (hash2 == 0)
        {
            // The probe never moves: SmartCn walks the same slot until its step count runs out, then reports a miss
            // unless the slot matched at once.
            var only = entries[index];
            return only.Hash == fnv ? only.Frequency : 0;
        }

        var i = 1;
        while (true)
        {
            var entry = entries[index];
            if (entry.Hash == fnv)
            {
                return i < Length ? entry.Frequency : 0;
            }

            if (entry.Hash == 0 || i >= Length)
            {
                return 0;
            }

            index = (hash1 + (i * hash2)) % Length;
            i++;
        }
    }

    private readonly record struct Entry(long Hash, int Frequency);

    private readonly record struct StoredHash(long Hash, int Frequency);
}
