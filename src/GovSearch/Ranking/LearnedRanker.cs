using System.IO.Compression;
using System.Text.Json;
using GovSearch.Ranking;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace GovSearch;

/// <summary>
/// A LambdaMART model (ML.NET FastTree) that re-ranks the top lexical candidates of a search from their
/// ranking features, when <see cref="SearchOptions.LearnedRanking"/> is on. <see cref="Shipped"/> is the model in
/// the package; <see cref="GovSearchIndex.TrainRankerAsync"/> trains one on your own judgments, and <see cref="Load(string)"/>
/// reads one that <see cref="Save(string)"/> or <c>govsearch train-ranker --out</c> wrote. Instances are immutable and
/// safe to share between threads and searches.
/// </summary>
public sealed class LearnedRanker
{
    private const string ModelEntry = "model.zip";
    private const string InfoEntry = "ranker.json";
    private const string ResourceName = "GovSearch.Ranking.ranker.zip";
    private static readonly Lazy<LearnedRanker> LazyShipped = new(LoadShipped);

    private readonly MLContext _context;
    private readonly ITransformer _model;
    private readonly byte[] _modelBytes;
    private readonly Lock _gate = new();
    private PredictionEngine<RankingRow, RankingScore>? _engine;

    private LearnedRanker(MLContext context, ITransformer model, byte[] modelBytes, RankerInfo info)
    {
        _context = context;
        _model = model;
        _modelBytes = modelBytes;
        FeatureNames = info.Features;
        Description = info.Description;
    }

    /// <summary>The model shipped in the package (its provenance is in the package's Ranking README), read on first use.</summary>
    public static LearnedRanker Shipped => LazyShipped.Value;

    /// <summary>The names of the features the model reads, in order (the README's feature table describes each).</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>What the model was trained on and with which settings, as written when it was trained.</summary>
    public string Description { get; }

    /// <summary>Reads a ranker file.</summary>
    /// <param name="path">The file (a ZIP written by <see cref="Save(string)"/>).</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="RankerModelException">The file is not a ranker file, is damaged, or was trained on other features.</exception>
    public static LearnedRanker Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The ranker file '{path}' does not exist.", path);
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Reads a ranker from a stream.</summary>
    /// <param name="stream">The stream, read from its current position.</param>
    /// <exception cref="RankerModelException">The stream does not hold a ranker, or one trained on other features.</exception>
    public static LearnedRanker Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Load(stream, "the ranker stream");
    }

    /// <summary>Writes the ranker to a file (a ZIP holding the ML.NET model and its feature list), replacing it.</summary>
    /// <param name="path">The file.</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Writes the ranker to a stream.</summary>
    /// <param name="stream">The stream.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        WriteEntry(zip, InfoEntry, JsonSerializer.SerializeToUtf8Bytes(new RankerInfo(RankerInfo.CurrentFormat, [.. FeatureNames], Description)));
        WriteEntry(zip, ModelEntry, _modelBytes);
    }

    /// <summary>Scores feature rows: higher is better.</summary>
    internal float[] Score(float[][] rows)
    {
        if (rows.Length == 0)
        {
            return [];
        }

        // A prediction engine is not safe for concurrent use, so concurrent searches take turns for the scoring
        // itself (microseconds a row); one engine per model avoids building a data view per search.
        var scores = new float[rows.Length];
        var input = new RankingRow();
        var output = new RankingScore();
        lock (_gate)
        {
            _engine ??= _context.Model.CreatePredictionEngine<RankingRow, RankingScore>(_model, inputSchemaDefinition: RankingRow.Schema(1));
            for (var i = 0; i < rows.Length; i++)
            {
                input.Features = rows[i];
                _engine.Predict(input, ref output);
                scores[i] = output.Score;
            }
        }

        return scores;
    }

    /// <summary>Wraps a trained ML.NET model.</summary>
    internal static LearnedRanker FromModel(MLContext context, ITransformer model, DataViewSchema schema, string description)
    {
        using var bytes = new MemoryStream();
        context.Model.Save(model, schema, bytes);
        return new LearnedRanker(context, model, bytes.ToArray(), new RankerInfo(RankerInfo.CurrentFormat, [.. RankingFeatures.Names], description));
    }

    /// <summary>A context that knows FastTree's model loaders.</summary>
    internal static MLContext NewContext(int seed)
    {
        var context = new MLContext(seed);
        context.ComponentCatalog.RegisterAssembly(typeof(FastTreeRankingTrainer).Assembly);
        return context;
    }

    private static LearnedRanker LoadShipped()
    {
        using var stream = typeof(LearnedRanker).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new RankerModelException($"The package lacks its ranker model ({ResourceName}); reinstall it.");
        return Load(stream, "the shipped ranker");
    }

    private static LearnedRanker Load(Stream stream, string name)
    {
        const string Retrain = "train one with 'govsearch train-ranker --queries Q --qrels R --out FILE'";
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var infoEntry = zip.GetEntry(InfoEntry) ?? throw new RankerModelException($"{name} is not a ranker file (it has no {InfoEntry}); {Retrain}.");
            var modelEntry = zip.GetEntry(ModelEntry) ?? throw new RankerModelException($"{name} is not a ranker file (it has no {ModelEntry}); {Retrain}.");
            RankerInfo info;
            using (var infoStream = infoEntry.Open())
            {
                info = JsonSerializer.Deserialize<RankerInfo>(infoStream) ?? throw new RankerModelException($"{name}: {InfoEntry} is empty; {Retrain}.");
            }

            if (info.Format != RankerInfo.CurrentFormat)
            {
                throw new RankerModelException($"{name} has format {info.Format}, and this version reads format {RankerInfo.CurrentFormat}; {Retrain}.");
            }

            if (info.Features is null || !info.Features.SequenceEqual(RankingFeatures.Names, StringComparer.Ordinal))
            {
                throw new RankerModelException($"{name} was trained on other features than this version computes ({string.Join(", ", RankingFeatures.Names)}); {Retrain}.");
            }

            using var modelBytes = new MemoryStream();
            using (var modelStream = modelEntry.Open())
            {
                modelStream.CopyTo(modelBytes);
            }

            var context = NewContext(seed: 0);
            modelBytes.Position = 0;
            var model = context.Model.Load(modelBytes, out _);
            return new LearnedRanker(context, model, modelBytes.ToArray(), info);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new RankerModelException($"{name} is not a readable ranker file ({e.Message}); {Retrain}.", e);
        }
    }

    private static void WriteEntry(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var output = entry.Open();
        output.Write(bytes);
    }
}
