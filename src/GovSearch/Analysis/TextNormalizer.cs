using System.Security.Cryptography;
using System.Text;

namespace GovSearch.Analysis;

/// <summary>
/// Character-for-character normalization applied before segmentation: full-width ASCII to half-width,
/// the ideographic space to a space, and traditional Chinese characters to simplified ones.
/// </summary>
/// <remarks>
/// <para>Every mapping is one UTF-16 unit to one UTF-16 unit, so offsets into the normalized text are offsets into
/// the original. The traditional-to-simplified table (TraditionalToSimplified.tsv, embedded) is ICU's
/// "Traditional-Simplified" transliterator applied to each BMP ideograph on its own (ICU maps none of them to more
/// than one character), generated ahead of time so a process starts without running ICU (it took about half a
/// second) and the lookup is a plain array read; TraditionalTableTests regenerates it from ICU and checks it.</para>
/// <para>Two corrections are made to ICU's table. Characters in <see cref="KeptAsWritten"/> are standard simplified
/// characters that ICU would still change, so simplified text is left as written. And chains are followed to their
/// end (ICU maps 薴 to 苧 and 苧 to 苎), so normalizing twice gives the same text as normalizing once.</para>
/// <para>On top of that table, TraditionalPhrases.tsv (embedded, written by hand) replaces the target of some
/// characters (諮 is 咨, not ICU's 谘) and adds phrases for characters whose simplified form depends on the word (著 is
/// 着 but 著作 stays, 答覆 is 答复 but 覆盖 stays). Phrases run after the character table, longest match first, and
/// keep the length, so offsets still hold. Index and query text go through the same steps.</para>
/// </remarks>
internal static class TextNormalizer
{
    /// <summary>
    /// Standard simplified characters that ICU's table changes anyway: 著 (著作权 would become 着作权), 俱 (与时俱进),
    /// 藉 (慰藉), 瞭 (瞭望), 姊 (姊妹) and 苎 (苎麻, which ICU turns into its traditional form 苧). Each occurs in the
    /// simplified documents of the governance corpus, and OpenCC's character table leaves each as it is. TraditionalPhrases.tsv
    /// then maps 著 to 着 and 藉 to 借 outside the words that keep them (著作, 显著, 慰藉 …); this list keeps ICU's table
    /// from changing them, and decides <see cref="IsTraditionalOnly"/>.
    /// </summary>
    internal const string KeptAsWritten = "著俱藉瞭姊苎";

    private static readonly Lazy<Tables> LazyTables = new(BuildTables, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Maps every UTF-16 unit to its normalized form, one character at a time: ICU's table with the character
    /// corrections of TraditionalPhrases.tsv, but not its phrases (<see cref="Normalize"/> and <see cref="NormalizeInPlace"/>
    /// apply those too, and are what index and query text go through).</summary>
    public static char[] Map => LazyTables.Value.Map;

    /// <summary>The phrases, as a single pass over character-mapped text applies them.</summary>
    internal static ConversionPhrases Phrases => LazyTables.Value.Phrases;

    /// <summary>True for characters that only traditional Chinese uses (they change under conversion).</summary>
    public static bool IsTraditionalOnly(char c) => LazyTables.Value.TraditionalOnly[c];

    /// <summary>True for simplified characters that stand for a different traditional one.</summary>
    public static bool IsSimplifiedOnly(char c) => LazyTables.Value.SimplifiedOnly[c];

    /// <summary>Normalizes <paramref name="count"/> characters of <paramref name="buffer"/> in place.</summary>
    public static void NormalizeInPlace(char[] buffer, int count, bool convertTraditional)
    {
        var map = Map;
        if (convertTraditional)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[i] = map[buffer[i]];
            }

            LazyTables.Value.Phrases.Apply(buffer.AsSpan(0, count));
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                buffer[i] = WidthOnly(buffer[i]);
            }
        }
    }

    /// <summary>Returns the normalized form of a string (same length).</summary>
    public static string Normalize(string text, bool convertTraditional = true)
    {
        var buffer = text.ToCharArray();
        NormalizeInPlace(buffer, buffer.Length, convertTraditional);
        return new string(buffer);
    }

    private static char WidthOnly(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>The embedded table: "source TAB target" lines, '#' comments.</summary>
    internal const string TableResource = "GovSearch.Analysis.TraditionalToSimplified.tsv";

    /// <summary>The embedded corrections and phrases: "source TAB target" lines, '#' comments.</summary>
    internal const string PhraseResource = "GovSearch.Analysis.TraditionalPhrases.tsv";

    /// <summary>ICU's table alone (with <see cref="KeptAsWritten"/> and chains), before TraditionalPhrases.tsv:
    /// what TraditionalTableTests compares with ICU, and what decides <see cref="IsTraditionalOnly"/>.</summary>
    internal static char[] IcuMap => LazyTables.Value.IcuMap;

    /// <summary>The BMP ideograph ranges the table covers.</summary>
    internal static IEnumerable<char> Ideographs()
    {
        var ideographs = new List<char>(30000);
        AddRange(ideographs, '\u3400', '\u4DBF');
        AddRange(ideographs, '\u4E00', '\u9FFF');
        AddRange(ideographs, '\uF900', '\uFAFF');
        return ideographs;
    }

    /// <summary>16 hexadecimal digits of SHA-256 over the two embedded tables (ICU's characters, then the corrections
    /// and phrases): recorded with each commit of an index that converts traditional text, so an index written with
    /// other tables can be told apart (see <c>IndexManifest.TraditionalConversionKey</c>).</summary>
    internal static string ConversionFingerprint => LazyFingerprint.Value;

    private static readonly Lazy<string> LazyFingerprint = new(() =>
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var resource in new[] { TableResource, PhraseResource })
        {
            using var stream = typeof(TextNormalizer).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The resource {resource} is missing from the GovSearch assembly.");
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            hash.AppendData(bytes.ToArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    });

    private static Tables BuildTables()
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = WidthOnly((char)i);
        }

        foreach (var (source, target) in ReadPairs(TableResource))
        {
            if (source.Length == 1 && target.Length == 1)
            {
                map[source[0]] = target[0];
            }
        }

        var icuMap = (char[])map.Clone();
        var pairs = ReadPairs(PhraseResource).ToList();
        foreach (var (source, target) in pairs.Where(p => p.Source.Length == 1))
        {
            map[source[0]] = target.Length == 1 && icuMap[target[0]] == target[0]
                ? target[0]
                : throw new InvalidOperationException($"{PhraseResource}: the character {source} must map to one character that the table leaves as it is, not '{target}'.");
        }

        var phrases = ConversionPhrases.Build(pairs.Where(p => p.Source.Length > 1), map, PhraseResource);

        var traditionalOnly = new bool[map.Length];
        var simplifiedOnly = new bool[map.Length];
        foreach (var c in Ideographs())
        {
            traditionalOnly[c] = icuMap[c] != c;
        }

        foreach (var c in Ideographs())
        {
            if (icuMap[c] != c && !traditionalOnly[icuMap[c]])
            {
                simplifiedOnly[icuMap[c]] = true;
            }
        }

        return new Tables(map, icuMap, phrases, traditionalOnly, simplifiedOnly);
    }

    /// <summary>The "source TAB target" lines of an embedded resource, without comments and blank lines.</summary>
    private static IEnumerable<(string Source, string Target)> ReadPairs(string resource)
    {
        using var stream = typeof(TextNormalizer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from the GovSearch assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.Length > 0 && line[0] != '#' && tab > 0)
            {
                yield return (line[..tab], line[(tab + 1)..]);
            }
        }
    }

    private static void AddRange(List<char> list, char first, char last)
    {
        for (int c = first; c <= last; c++)
        {
            list.Add((char)c);
        }
    }

    private sealed record Tables(char[] Map, char[] IcuMap, ConversionPhrases Phrases, bool[] TraditionalOnly, bool[] SimplifiedOnly);
}
