using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovSearch.Topics;

/// <summary>
/// Writes a <see cref="TopicModel"/> into a folder and reads it back, refusing folders that are incomplete, of another
/// topics schema version, or damaged.
/// </summary>
/// <remarks>
/// A folder holds <c>model.zip</c> (ML.NET's LDA model), <c>topics.json</c> (<see cref="TopicWordTable"/>),
/// <c>vocabulary.json</c> (<see cref="SavedVocabulary"/>), <c>units.json</c> (<see cref="SavedUnits"/>) and
/// <c>manifest.json</c> (<see cref="TopicModelManifest"/>). Each file is written beside its final name and then moved
/// into place; the old manifest is removed first and the new one written last, so an interrupted save leaves a folder
/// that <see cref="Load"/> refuses as incomplete rather than a mix of two models.
/// </remarks>
internal static class TopicModelFolder
{
    public const string ManifestFile = "manifest.json";
    public const string ModelFile = "model.zip";
    public const string TopicsFile = "topics.json";
    public const string VocabularyFile = "vocabulary.json";
    public const string UnitsFile = "units.json";

    private static readonly string[] DataFiles = [ModelFile, TopicsFile, VocabularyFile, UnitsFile];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Saves a model into a folder, creating it if needed.</summary>
    public static void Save(TopicModel model, string folder)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        Directory.CreateDirectory(full);
        File.Delete(Path.Combine(full, ManifestFile));

        var vocabulary = model.Vocabulary;
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ModelFile] = Write(full, ModelFile, model.SaveEngine),
            [TopicsFile] = WriteJson(full, TopicsFile, model.Table),
            [VocabularyFile] = WriteJson(full, VocabularyFile, new SavedVocabulary(
                vocabulary.DocumentCount, vocabulary.Terms, vocabulary.DocumentFrequencies, vocabulary.Frequencies)),
            [UnitsFile] = WriteJson(full, UnitsFile, new SavedUnits(model.UnitIds, model.UnitTokenCounts, model.UnitVectors)),
        };

        var manifest = new TopicModelManifest
        {
            Format = TopicModelManifest.FormatName,
            SchemaVersion = TopicModelManifest.CurrentSchemaVersion,
            CorpusFingerprint = model.CorpusFingerprint,
            UnitCount = model.UnitIds.Count,
            TokenCount = vocabulary.Frequencies.Sum(),
            VocabularySize = vocabulary.Count,
            Options = model.Options,
            Files = hashes,
        };
        WriteJson(full, ManifestFile, manifest);
    }

    /// <summary>Loads a model from a folder.</summary>
    /// <exception cref="TopicModelFormatException">The folder is missing, incomplete, of another schema version, or damaged.</exception>
    public static TopicModel Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new TopicModelFormatException(full, $"There is no topic model at '{full}': the folder does not exist. Train a model and save it there.");
        }

        var manifestPath = Path.Combine(full, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new TopicModelFormatException(full,
                $"The folder '{full}' holds no complete topic model: {ManifestFile} is missing (the save may have been interrupted). Train the model again.");
        }

        var manifest = ReadManifest(full, manifestPath);
        foreach (var name in DataFiles)
        {
            CheckFile(full, manifest, name);
        }

        var table = ReadJson<TopicWordTable>(full, TopicsFile);
        var saved = ReadJson<SavedVocabulary>(full, VocabularyFile);
        var units = ReadJson<SavedUnits>(full, UnitsFile);
        if (saved.Terms is null || saved.DocumentFrequencies is null || saved.Frequencies is null)
        {
            throw Damaged(full, $"{VocabularyFile} lacks its word or frequency lists", null);
        }

        TopicVocabulary vocabulary;
        try
        {
            manifest.Options.Validate();
            vocabulary = TopicVocabulary.FromSaved(saved.Terms, saved.DocumentFrequencies, saved.Frequencies, saved.DocumentCount);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw Damaged(full, $"its options or vocabulary are invalid ({e.Message})", e);
        }

        CheckConsistent(full, manifest, table, vocabulary, units);

        // The engine is read when inference first needs it. Its file's hash was checked above, and it must at least be a
        // readable zip archive (ML.NET's model format), so damage is still found at open.
        var engineFile = Path.Combine(full, ModelFile);
        try
        {
            using var archive = ZipFile.OpenRead(engineFile);
            if (archive.Entries.Count == 0)
            {
                throw new InvalidDataException("the archive is empty");
            }
        }
        catch (InvalidDataException e)
        {
            throw Damaged(full, $"{ModelFile} cannot be read ({e.Message})", e);
        }

        LightLdaModel LoadEngine()
        {
            try
            {
                using var stream = File.OpenRead(engineFile);
                return LightLdaModel.Load(stream, vocabulary.Count, manifest.Options.NumberOfTopics, manifest.Options.Seed);
            }
            catch (InvalidDataException e)
            {
                throw Damaged(full, $"{ModelFile} cannot be read ({e.Message})", e);
            }
        }

        return new TopicModel(
            manifest.Options,
            vocabulary,
            LoadEngine,
            table,
            [.. units.Ids],
            [.. units.TokenCounts],
            [.. units.Vectors],
            manifest.CorpusFingerprint);
    }

    private static TopicModelManifest ReadManifest(string folder, string path)
    {
        TopicModelManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<TopicModelManifest>(File.ReadAllBytes(path), Json);
        }
        catch (JsonException e)
        {
            throw Damaged(folder, $"{ManifestFile} is not valid JSON ({e.Message})", e);
        }

        if (manifest is null || manifest.Format != TopicModelManifest.FormatName)
        {
            throw new TopicModelFormatException(folder,
                $"'{path}' is not a GovSearch topic model manifest. Save topic models into a folder of their own.");
        }

        if (manifest.SchemaVersion != TopicModelManifest.CurrentSchemaVersion)
        {
            var advice = manifest.SchemaVersion > TopicModelManifest.CurrentSchemaVersion
                ? "Use a newer GovSearch to read it"
                : "Train the model again with this version";
            throw new TopicModelFormatException(folder, string.Create(CultureInfo.InvariantCulture,
                $"The topic model at '{folder}' was written with topics schema version {manifest.SchemaVersion}; this GovSearch reads version {TopicModelManifest.CurrentSchemaVersion}. {advice}."));
        }

        if (manifest.Options is null || manifest.Files is null || string.IsNullOrEmpty(manifest.CorpusFingerprint))
        {
            throw Damaged(folder, $"{ManifestFile} lacks its options, file list or corpus fingerprint", null);
        }

        return manifest;
    }

    private static void CheckFile(string folder, TopicModelManifest manifest, string name)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            throw new TopicModelFormatException(folder, $"The topic model at '{folder}' is incomplete: {name} is missing. Train the model again.");
        }

        if (!manifest.Files.TryGetValue(name, out var expected))
        {
            throw Damaged(folder, $"{ManifestFile} has no hash for {name}", null);
        }

        if (!string.Equals(Hash(path), expected, StringComparison.Ordinal))
        {
            throw Damaged(folder, $"{name} has changed since the model was saved (its SHA-256 differs from the manifest's)", null);
        }
    }

    private static void CheckConsistent(string folder, TopicModelManifest manifest, TopicWordTable table, TopicVocabulary vocabulary, SavedUnits units)
    {
        var topics = manifest.Options.NumberOfTopics;
        string? problem = null;
        if (vocabulary.Count != manifest.VocabularySize || vocabulary.Count == 0)
        {
            problem = $"{VocabularyFile} has {vocabulary.Count:N0} words, the manifest {manifest.VocabularySize:N0}";
        }
        else if (table.Weights is null || table.Words is null || table.Weights.Count != topics || table.Words.Count != topics
            || table.Words.Any(words => words is null || words.Any(w => w is null || string.IsNullOrEmpty(w.Word))))
        {
            problem = $"{TopicsFile} does not describe {topics} topics";
        }
        else if (units.Ids is null || units.TokenCounts is null || units.Vectors is null
            || units.Ids.Count != manifest.UnitCount || units.TokenCounts.Count != units.Ids.Count || units.Vectors.Count != units.Ids.Count
            || units.Vectors.Any(v => v is null || v.Length != topics))
        {
            problem = $"{UnitsFile} does not hold {manifest.UnitCount:N0} vectors of {topics} topics";
        }

        if (problem is not null)
        {
            throw Damaged(folder, problem, null);
        }
    }

    private static T ReadJson<T>(string folder, string name)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllBytes(Path.Combine(folder, name)), Json)
                ?? throw Damaged(folder, $"{name} is empty", null);
        }
        catch (JsonException e)
        {
            throw Damaged(folder, $"{name} is not valid JSON ({e.Message})", e);
        }
    }

    private static string WriteJson<T>(string folder, string name, T value) =>
        Write(folder, name, stream => JsonSerializer.Serialize(stream, value, Json));

    /// <summary>Writes a file beside its final name, moves it into place, and returns its SHA-256.</summary>
    private static string Write(string folder, string name, Action<Stream> write)
    {
        var path = Path.Combine(folder, name);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            write(stream);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        return Hash(path);
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static TopicModelFormatException Damaged(string folder, string problem, Exception? inner) =>
        new(folder, $"The topic model at '{folder}' is damaged: {problem}. Train the model again.", inner);
}
