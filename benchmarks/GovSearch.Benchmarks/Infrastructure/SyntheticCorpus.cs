using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovSearch.Documents;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// Synthetic corpora of a given number of passages, drawn from the shape of a real corpus (<see cref="CorpusShape"/>)
/// and kept as JSON lines files in the cache folder, so that benchmark processes stream them from disk and their
/// peak memory is that of the indexer, not of the generator.
/// </summary>
/// <remarks>
/// <para>Each synthetic document copies the skeleton of a real document drawn at random (language, type, date,
/// source, title length, passage lengths); each passage becomes one line of pieces of that language drawn until
/// the real passage's length is reached, ending with a full stop (。 when the line starts with a Han character). Lines are separated by a line break, so
/// GovSearch's splitter reads each as a paragraph passage of its own; the generator runs the splitter on each
/// document and stops when the count reaches the target, cutting the last document short.</para>
/// <para>The random generator has a fixed seed, so a corpus and a target always give the same file. Files are
/// named by the corpus fingerprint, <see cref="Version"/> and the target; files of an older corpus or version are
/// deleted when a new one is written.</para>
/// </remarks>
internal static class SyntheticCorpus
{
    /// <summary>Changes whenever the generator would write a different file for the same corpus and target.</summary>
    public const string Version = "2";

    /// <summary>The seed of the random generator.</summary>
    public const int Seed = 20_261_127;

    private const string Folder = "scale";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The synthetic corpus of <paramref name="passages"/> passages, generated now if the cache lacks it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="passages"/> is not positive.</exception>
    public static SyntheticCorpusFile Ensure(BenchmarkSettings settings, int passages, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(passages);
        var folder = Path.Combine(settings.CacheFolder, Folder);
        var fingerprint = CorpusFingerprint.Of(settings.CorpusPath, $"synthetic-v{Version}-seed{Seed}");
        var path = Path.Combine(folder, $"{fingerprint}-{passages}.jsonl");
        var description = path + ".json";
        if (File.Exists(description))
        {
            return JsonSerializer.Deserialize<SyntheticCorpusFile>(File.ReadAllText(description))
                ?? throw new InvalidOperationException($"'{description}' is empty; delete it to generate the corpus again.");
        }

        Directory.CreateDirectory(folder);
        RemoveStale(folder, fingerprint);
        var corpus = BenchmarkCorpus.Load(settings.CorpusPath);
        log?.WriteLine($"// Generating {passages:N0} synthetic passages from the shape of {corpus.Path} in {path}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var file = Write(CorpusShape.Of(corpus), passages, path);
        File.WriteAllText(description, JsonSerializer.Serialize(file));
        log?.WriteLine($"// {file.Documents:N0} documents, {file.Passages:N0} passages, {file.Utf8Bytes / 1e6:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s");
        return file;
    }

    private static SyntheticCorpusFile Write(CorpusShape shape, int target, string path)
    {
        var random = new Random(Seed);
        var partial = path + ".partial";
        int documents = 0;
        long passages = 0, bytes = 0;
        using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            var text = new StringBuilder();
            while (passages < target)
            {
                var skeleton = shape.Skeletons[random.Next(shape.Skeletons.Count)];
                var pieces = shape.Pieces.GetValueOrDefault(skeleton.Language) ?? shape.Pieces.Values.First();
                text.Clear();
                var lengths = skeleton.PassageLengths;
                for (var i = 0; i < lengths.Length && i < target - passages; i++)
                {
                    if (i > 0)
                    {
                        text.Append('\n');
                    }

                    AppendParagraph(text, pieces, Math.Min(lengths[i], PassageSplitter.MaxPassageLength - 20), random);
                }

                var title = Title(pieces.All, skeleton.TitleLength, random);
                var body = text.ToString();
                passages += PassageSplitter.Split(body).Count;
                bytes += Encoding.UTF8.GetByteCount(title) + Encoding.UTF8.GetByteCount(body);
                WriteDocument(json, stream, $"scale-{documents:D7}", title, body, skeleton);
                documents++;
            }
        }

        File.Move(partial, path, overwrite: true);
        return new SyntheticCorpusFile(path, documents, passages, bytes);
    }

    /// <summary>One line: a starter piece, then pieces until <paramref name="length"/> characters, then a full stop.</summary>
    private static void AppendParagraph(StringBuilder text, LanguagePieces pieces, int length, Random random)
    {
        var start = text.Length;
        text.Append(pieces.Starters.Next(random));
        while (text.Length - start < length)
        {
            text.Append(pieces.All.Next(random));
        }

        while (text.Length > start && char.IsWhiteSpace(text[^1]))
        {
            text.Length--;
        }

        if (!"。！？；.!?;".Contains(text[^1]))
        {
            text.Append(text[start] is >= '\u3400' and <= '\u9FFF' ? '。' : '.');
        }
    }

    private static string Title(PieceSampler pieces, int length, Random random)
    {
        var title = new StringBuilder();
        do
        {
            title.Append(pieces.Next(random));
        }
        while (title.Length < length);

        return title.ToString().Trim();
    }

    private static void WriteDocument(Utf8JsonWriter json, Stream stream, string id, string title, string text, DocumentSkeleton skeleton)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("title", title);
        WriteOptional(json, "lang", skeleton.Language.Length > 0 ? skeleton.Language : null);
        WriteOptional(json, "doc_type", skeleton.DocType);
        WriteOptional(json, "date", skeleton.Date);
        WriteOptional(json, "source", skeleton.Source);
        json.WriteString("text", text);
        json.WriteEndObject();
        json.Flush();
        json.Reset();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Deletes the files of the same corpus name written from another fingerprint (an older corpus or generator).</summary>
    private static void RemoveStale(string folder, string fingerprint)
    {
        var prefix = fingerprint[..(fingerprint.LastIndexOf('-') + 1)];
        foreach (var stale in Directory.EnumerateFiles(folder, prefix + "*"))
        {
            if (!Path.GetFileName(stale).StartsWith(fingerprint + "-", StringComparison.Ordinal))
            {
                File.Delete(stale);
            }
        }
    }
}
