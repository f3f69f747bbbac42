using Lucene.Net.Analysis.Cn.Smart;

namespace GovSearch.Analysis.Segmentation;

/// <summary>
/// Everything <see cref="HanSegmenter"/> reads and never writes: SmartCn's word trie and bigram table, its character
/// classes, and the frequencies of its placeholder words. Built once per process, on first use, from SmartCn's own
/// data, or read from <see cref="SegmenterDictionaryCache"/>'s file when an earlier process left one; shared by every
/// segmenter on every thread.
/// </summary>
internal sealed class SegmenterDictionaries
{
    /// <summary>SmartCn's <c>Utility.MAX_FREQUENCE</c>: the frequency given to punctuation, and the smoothing scale.</summary>
    public static readonly int MaxFrequency = Utility.MAX_FREQUENCE;

    private static readonly Lazy<SegmenterDictionaries> SharedInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly byte[] _charTypes;

    private SegmenterDictionaries(WordTrie words, BigramTable bigrams, byte[] charTypes)
    {
        Words = words;
        Bigrams = bigrams;
        _charTypes = charTypes;
        StringFrequency = words.FrequencyOf(Utility.STRING_CHAR_ARRAY);
        NumberFrequency = words.FrequencyOf(Utility.NUMBER_CHAR_ARRAY);
        StartFrequency = words.FrequencyOf(Utility.START_CHAR_ARRAY);
        EndFrequency = words.FrequencyOf(Utility.END_CHAR_ARRAY);
    }

    /// <summary>The dictionaries of this process, loaded on first use.</summary>
    public static SegmenterDictionaries Shared => SharedInstance.Value;

    /// <summary>SmartCn's word dictionary.</summary>
    public WordTrie Words { get; }

    /// <summary>SmartCn's bigram dictionary.</summary>
    public BigramTable Bigrams { get; }

    /// <summary>The frequency of 未##串, the word every letter run and unknown symbol stands for.</summary>
    public int StringFrequency { get; }

    /// <summary>The frequency of 未##数, the word every digit run stands for.</summary>
    public int NumberFrequency { get; }

    /// <summary>The frequency of 始##始, the sentence-start marker.</summary>
    public int StartFrequency { get; }

    /// <summary>The frequency of 末##末, the sentence-end marker.</summary>
    public int EndFrequency { get; }

    /// <summary>SmartCn's class of <paramref name="c"/> (<c>Utility.GetCharType</c>), from a table.</summary>
    public CharType TypeOf(char c) => (CharType)_charTypes[c];

    /// <summary>Builds the dictionaries from SmartCn's own data (about a quarter of a second, most of it SmartCn
    /// reading its resources).</summary>
    public static SegmenterDictionaries Build()
    {
        var tables = SmartCnTables.Read();
        var charTypes = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            charTypes[c] = (byte)Utility.GetCharType((char)c);
        }

        return new SegmenterDictionaries(WordTrie.Build(tables), BigramTable.Build(tables), charTypes);
    }

    /// <summary>Writes everything <see cref="ReadFrom(CacheFileReader)"/> needs to rebuild these dictionaries.</summary>
    public void WriteTo(CacheFileWriter writer)
    {
        writer.WriteArray(_charTypes);
        Words.WriteTo(writer);
        Bigrams.WriteTo(writer);
    }

    /// <summary>Reads dictionaries that <see cref="WriteTo(CacheFileWriter)"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The file is not what <see cref="WriteTo(CacheFileWriter)"/> writes.</exception>
    public static SegmenterDictionaries ReadFrom(CacheFileReader reader)
    {
        var charTypes = reader.ReadArray<byte>();
        if (charTypes.Length != char.MaxValue + 1)
        {
            throw new InvalidDataException("The cached character classes do not cover every UTF-16 unit.");
        }

        return new SegmenterDictionaries(WordTrie.ReadFrom(reader), BigramTable.ReadFrom(reader), charTypes);
    }

    private static SegmenterDictionaries Load()
    {
        var cache = SegmenterDictionaryCache.ForThisProcess();
        if (cache?.TryLoad() is { } cached)
        {
            return cached;
        }

        var built = Build();
        cache?.TrySave(built);
        return built;
    }
}
