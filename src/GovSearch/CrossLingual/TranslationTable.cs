using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace GovSearch.CrossLingual;

/// <summary>
/// Learned translations of index terms, English to Chinese and Chinese to English: for each source term (or phrase,
/// its terms separated by one space) a few target terms or phrases with weights that sum to 1.
/// </summary>
/// <remarks>
/// <para>Terms are those the index holds: Chinese words as <see cref="Analysis.GovAnalyzer"/> gives them in query mode,
/// English words lower-cased and Porter-stemmed (<c>economi</c>, <c>reform</c>).</para>
/// <para>The file is UTF-8 text, gzip-compressed when its name ends in <c>.gz</c>: a first line
/// <c># govsearch translations v1</c>, any further <c>#</c> comment lines, then one line per entry:
/// <c>direction TAB source TAB target TAB weight</c>, direction <c>en-zh</c> or <c>zh-en</c>, the weight with
/// invariant-culture digits. The shipped table (<see cref="LoadShipped"/>) is built by
/// <c>govsearch learn-translations</c>.</para>
/// </remarks>
internal sealed class TranslationTable
{
    /// <summary>The first line of every table file.</summary>
    public const string Header = "# govsearch translations v1";

    private const string ResourceName = "GovSearch.CrossLingual.Translations.tsv.gz";

    private static readonly Lazy<TranslationTable> Shipped = new(ReadShipped);

    private readonly Dictionary<string, IReadOnlyList<TermTranslation>>[] _entries;

    /// <summary>Creates a table from its entries.</summary>
    public TranslationTable(
        IReadOnlyDictionary<string, IReadOnlyList<TermTranslation>> englishToChinese,
        IReadOnlyDictionary<string, IReadOnlyList<TermTranslation>> chineseToEnglish)
    {
        ArgumentNullException.ThrowIfNull(englishToChinese);
        ArgumentNullException.ThrowIfNull(chineseToEnglish);
        _entries =
        [
            new Dictionary<string, IReadOnlyList<TermTranslation>>(englishToChinese, StringComparer.Ordinal),
            new Dictionary<string, IReadOnlyList<TermTranslation>>(chineseToEnglish, StringComparer.Ordinal),
        ];
    }

    /// <summary>The number of source terms and phrases in one direction.</summary>
    public int Count(TranslationDirection direction) => _entries[(int)direction].Count;

    /// <summary>The source terms and phrases of one direction, in ordinal order.</summary>
    public IEnumerable<string> Sources(TranslationDirection direction) =>
        _entries[(int)direction].Keys.Order(StringComparer.Ordinal);

    /// <summary>The translations of a source term or phrase, best first; empty when the table has none.</summary>
    public IReadOnlyList<TermTranslation> Translate(TranslationDirection direction, string source) =>
        _entries[(int)direction].TryGetValue(source, out var targets) ? targets : [];

    /// <summary>The table shipped inside the package, trained on all of the corpus's aligned text; read once.</summary>
    public static TranslationTable LoadShipped() => Shipped.Value;

    /// <summary>Writes the table to a file, gzip-compressed when the name ends in <c>.gz</c>.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionLevel.SmallestSize)
            : file;
        using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        Write(writer);
    }

    /// <summary>Writes the table as text: entries sorted by direction, source, then weight (highest first).</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(Header);
        writer.WriteLine("# direction\tsource\ttarget\tweight");
        foreach (var direction in new[] { TranslationDirection.EnglishToChinese, TranslationDirection.ChineseToEnglish })
        {
            foreach (var source in Sources(direction))
            {
                foreach (var target in Translate(direction, source))
                {
                    writer.WriteLine(string.Create(
                        CultureInfo.InvariantCulture, $"{Name(direction)}\t{source}\t{target.Target}\t{target.Probability:0.####}"));
                }
            }
        }
    }

    /// <summary>Reads a table file written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a translation table; the message names the line.</exception>
    public static TranslationTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader, path);
    }

    /// <summary>Reads a table from text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The name used in error messages.</param>
    /// <exception cref="InvalidDataException">The text is not a translation table; the message names the line.</exception>
    public static TranslationTable Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadLine() != Header)
        {
            throw new InvalidDataException($"'{name}' is not a GovSearch translation table: its first line must be '{Header}'.");
        }

        var entries = new[] { new Dictionary<string, List<TermTranslation>>(StringComparer.Ordinal), new Dictionary<string, List<TermTranslation>>(StringComparer.Ordinal) };
        var number = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4 || Parse(fields[0]) is not { } direction || fields[1].Length == 0 || fields[2].Length == 0
                || !double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight is <= 0 or > 1)
            {
                throw new InvalidDataException(
                    $"Line {number} of '{name}' is not 'en-zh|zh-en TAB source TAB target TAB weight' with a weight in (0, 1].");
            }

            var table = entries[(int)direction];
            if (!table.TryGetValue(fields[1], out var targets))
            {
                targets = [];
                table.Add(fields[1], targets);
            }

            targets.Add(new TermTranslation(fields[2], weight));
        }

        return new TranslationTable(
            entries[0].ToDictionary(e => e.Key, e => (IReadOnlyList<TermTranslation>)e.Value, StringComparer.Ordinal),
            entries[1].ToDictionary(e => e.Key, e => (IReadOnlyList<TermTranslation>)e.Value, StringComparer.Ordinal));
    }

    private static TranslationTable ReadShipped()
    {
        using var resource = typeof(TranslationTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The GovSearch assembly lacks its resource {ResourceName}; the package is damaged.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return Read(reader, ResourceName);
    }

    private static string Name(TranslationDirection direction) =>
        direction == TranslationDirection.EnglishToChinese ? "en-zh" : "zh-en";

    private static TranslationDirection? Parse(string name) => name switch
    {
        "en-zh" => TranslationDirection.EnglishToChinese,
        "zh-en" => TranslationDirection.ChineseToEnglish,
        _ => null,
    };
}
