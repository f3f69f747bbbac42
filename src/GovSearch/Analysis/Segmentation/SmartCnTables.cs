using System.Reflection;

namespace GovSearch.Analysis.Segmentation;

/// <summary>
/// The raw tables of SmartCn's two dictionaries, read once from Lucene.Net's own <c>WordDictionary</c> and
/// <c>BigramDictionary</c> singletons, so the fast segmenter works on exactly the data SmartCn loaded (the
/// <c>coredict.mem</c> and <c>bigramdict.mem</c> resources of Lucene.Net.Analysis.SmartCn, or a <c>smartcn-data</c>
/// folder if one is configured).
/// </summary>
/// <remarks>
/// Both classes are internal to Lucene.Net.Analysis.SmartCn, so their fields are read by reflection. The field names
/// are those of 4.8.0-beta00017, the version Directory.Packages.props pins; another version that renamed them fails
/// here with a message, never silently.
/// </remarks>
internal sealed class SmartCnTables
{
    private const string Namespace = "Lucene.Net.Analysis.Cn.Smart.Hhmm.";

    private SmartCnTables(
        short[] wordIndexTable,
        char[] charIndexTable,
        char[]?[]?[] wordItemChars,
        int[]?[] wordItemFrequencies,
        long[] bigramHashTable,
        int[] bigramFrequencyTable)
    {
        WordIndexTable = wordIndexTable;
        CharIndexTable = charIndexTable;
        WordItemChars = wordItemChars;
        WordItemFrequencies = wordItemFrequencies;
        BigramHashTable = bigramHashTable;
        BigramFrequencyTable = bigramFrequencyTable;
    }

    /// <summary>Slot of the character hash table to row of the word tables (-1 for none).</summary>
    public short[] WordIndexTable { get; }

    /// <summary>Slot of the character hash table to the character it holds (0 for an empty slot).</summary>
    public char[] CharIndexTable { get; }

    /// <summary>Per row (one first character), the sorted words without their first character.</summary>
    public char[]?[]?[] WordItemChars { get; }

    /// <summary>Per row, the frequency of each word of <see cref="WordItemChars"/>.</summary>
    public int[]?[] WordItemFrequencies { get; }

    /// <summary>The bigram hash table: the 64-bit FNV hash of "word1@word2" in each slot, 0 for an empty slot.</summary>
    public long[] BigramHashTable { get; }

    /// <summary>The bigram frequency of each slot of <see cref="BigramHashTable"/>.</summary>
    public int[] BigramFrequencyTable { get; }

    /// <summary>Loads SmartCn's dictionaries (if not loaded yet) and reads their tables.</summary>
    /// <exception cref="InvalidOperationException">The SmartCn assembly does not have the expected internals.</exception>
    public static SmartCnTables Read()
    {
        var assembly = typeof(Lucene.Net.Analysis.Cn.Smart.Hhmm.HHMMSegmenter).Assembly;
        var words = Instance(assembly, "WordDictionary");
        var bigrams = Instance(assembly, "BigramDictionary");
        return new SmartCnTables(
            Field<short[]>(words, "wordIndexTable"),
            Field<char[]>(words, "charIndexTable"),
            Field<char[][][]>(words, "wordItem_charArrayTable"),
            Field<int[][]>(words, "wordItem_frequencyTable"),
            Field<long[]>(bigrams, "bigramHashTable"),
            Field<int[]>(bigrams, "frequencyTable"));
    }

    private static object Instance(Assembly assembly, string typeName)
    {
        var type = assembly.GetType(Namespace + typeName)
            ?? throw Unexpected($"the type {Namespace}{typeName} is missing");
        var getInstance = type.GetMethod("GetInstance", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes)
            ?? throw Unexpected($"{typeName}.GetInstance() is missing");
        return getInstance.Invoke(null, null) ?? throw Unexpected($"{typeName}.GetInstance() returned null");
    }

    private static T Field<T>(object instance, string name)
        where T : class
    {
        var field = instance.GetType().GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw Unexpected($"the field {instance.GetType().Name}.{name} is missing");
        return field.GetValue(instance) as T
            ?? throw Unexpected($"the field {instance.GetType().Name}.{name} is null or not a {typeof(T).Name}");
    }

    private static InvalidOperationException Unexpected(string what) =>
        new($"The fast Chinese segmenter cannot read SmartCn's dictionaries: {what}. It reads the internals of "
            + "Lucene.Net.Analysis.SmartCn 4.8.0-beta00017; use that version, or choose the SmartCn segmenter.");
}
