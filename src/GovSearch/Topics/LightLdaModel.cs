using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace GovSearch.Topics;

/// <summary>
/// ML.NET's LightLDA transformer behind a small API: rows of word counts in, topic vectors out. Every call into the
/// native engine runs inside <see cref="NativeStdout"/>, so its progress text never reaches standard output.
/// </summary>
/// <remarks>
/// <para><b>At most 512 tokens a row.</b> The native engine samples at most <see cref="MaximumRowTokens"/> tokens of
/// any document, in training and in inference alike (its document type caps its size at 512 for its hash map), and
/// ML.NET lays a document's tokens out in vocabulary-index order, so whatever lies past the 512th token in that order
/// is silently ignored. Raising ML.NET's <c>maximumTokenCountPerDocument</c> does not lift this cap. Callers must
/// therefore pass rows of at most 512 tokens (<see cref="TopicVocabulary.CountPieces"/> cuts a unit into such
/// pieces); longer rows are refused.</para>
/// <para>Inference restarts the sampler's random generator for each row, so a row always gets the same vector.
/// Calls are serialized: the native engine shares its sampling buffers. <see cref="InferInParallel"/> therefore
/// infers on copies of the model, one a thread, loaded from a save of it.</para>
/// <para>A model loaded from a file lays out its word-topic table differently from the one training leaves in
/// memory (all rows sparse), which changes the sampler's proposals: on dev.jsonl the two gave vectors 0.075 apart
/// (L1) on average. So training ends by saving the model to memory and loading it back, and infers with that copy:
/// a trained model and the same model loaded later give identical vectors.</para>
/// </remarks>
internal sealed class LightLdaModel : IDisposable
{
    /// <summary>The most tokens the native engine samples of one document.</summary>
    public const int MaximumRowTokens = 512;

    /// <summary>
    /// The burn-in sweeps LightLDA makes over a row when inferring its topics (ML.NET's default). Inference time grows
    /// with them; 20 doubled it (a third of training on docs.jsonl) for the same judged-query nDCG@10 on dev.jsonl
    /// (hybrid 0.923).
    /// </summary>
    public const int InferenceIterations = 10;

    /// <summary>
    /// The Dirichlet prior on a row's topic mixture, summed over topics. The native engine keeps only values from 10
    /// up in training (it trains with 100 when given less) and only values up to 10 in inference (it infers with 1 when
    /// given more), so 10 is the one value that both phases use as given. On dev.jsonl (20 topics) 1, 5, 10, 20, 50 and
    /// 100 gave topic coherences within 0.03 NPMI of each other.
    /// </summary>
    public const float AlphaSum = 10;

    /// <summary>The Dirichlet prior on a topic's word distribution, per word (ML.NET's default).</summary>
    public const float Beta = 0.01f;

    /// <summary>Below this many rows a thread, <see cref="InferInParallel"/> uses fewer threads: a copy of the model costs a save and a load.</summary>
    private const int MinimumRowsPerThread = 64;

    /// <summary>ML.NET's <c>maximumTokenCountPerDocument</c>: it keeps one token less than this, so a full row passes whole.</summary>
    private const int TokenLimit = MaximumRowTokens + 1;

    private readonly MLContext _context;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly Lock _gate = new();
    private bool _disposed;

    private readonly int _seed;

    private LightLdaModel(MLContext context, ITransformer transformer, DataViewSchema inputSchema, int vocabularySize, int numberOfTopics, int seed)
    {
        _seed = seed;
        _context = context;
        _transformer = transformer;
        _inputSchema = inputSchema;
        VocabularySize = vocabularySize;
        NumberOfTopics = numberOfTopics;
    }

    /// <summary>The length of the count vectors.</summary>
    public int VocabularySize { get; }

    /// <summary>The length of the topic vectors.</summary>
    public int NumberOfTopics { get; }

    /// <summary>
    /// Trains LightLDA on count rows and returns the model with its topic-word summary: for each topic, up to
    /// <paramref name="wordsPerTopic"/> (word index, probability) pairs, strongest first.
    /// </summary>
    /// <exception cref="ArgumentException">A row has more than <see cref="MaximumRowTokens"/> tokens.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before or after the native training (which cannot be interrupted).</exception>
    public static (LightLdaModel Model, IReadOnlyList<IReadOnlyList<(int Index, float Weight)>> Summary) Train(
        IReadOnlyList<(int[] Indices, int[] Counts)> rows, int vocabularySize, TopicModelOptions options, int wordsPerTopic, CancellationToken cancellationToken)
    {
        CheckRows(rows);
        cancellationToken.ThrowIfCancellationRequested();
        var context = new MLContext(options.Seed);
        var data = Load(context, Shuffle(rows, options.Seed), vocabularySize);
        var estimator = context.Transforms.Text.LatentDirichletAllocation(
            outputColumnName: LdaOutputRow.ColumnName,
            inputColumnName: LdaInputRow.ColumnName,
            numberOfTopics: options.NumberOfTopics,
            alphaSum: AlphaSum,
            beta: Beta,
            maximumNumberOfIterations: options.Iterations,
            likelihoodInterval: options.Iterations,
            numberOfThreads: options.Threads,
            maximumTokenCountPerDocument: TokenLimit,
            numberOfSummaryTermsPerTopic: wordsPerTopic,
            numberOfBurninIterations: InferenceIterations,
            resetRandomGenerator: true);

        IReadOnlyList<IReadOnlyList<(int Index, float Weight)>> summary;
        using var saved = new MemoryStream();
        var trained = NativeStdout.Silence(() => estimator.Fit(data));
        try
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The summary is only available from the trained transformer: GetLdaDetails throws after a load.
            summary = trained.GetLdaDetails(0).ItemScoresPerTopic
                .Select(topic => (IReadOnlyList<(int, float)>)topic.Select(s => (s.Item, s.Score)).ToArray())
                .ToArray();
            NativeStdout.Silence(() =>
            {
                context.Model.Save(trained, data.Schema, saved);
                return true;
            });
        }
        finally
        {
            // Frees the native engine's memory (the transformer has Dispose but does not implement IDisposable).
            trained.Dispose();
        }

        saved.Position = 0;
        return (Load(saved, vocabularySize, options.NumberOfTopics, options.Seed), summary);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold such a model, or not one of this size.</exception>
    public static LightLdaModel Load(Stream stream, int vocabularySize, int numberOfTopics, int seed)
    {
        var context = new MLContext(seed);
        ITransformer transformer;
        DataViewSchema schema;
        try
        {
            (transformer, schema) = NativeStdout.Silence(() =>
            {
                var loaded = context.Model.Load(stream, out var inputSchema);
                return (loaded, inputSchema);
            });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"The LDA model cannot be read ({e.Message}).", e);
        }

        var column = schema.GetColumnOrNull(LdaInputRow.ColumnName);
        if (column?.Type is not VectorDataViewType { Size: var size } || size != vocabularySize)
        {
            Dispose(transformer);
            throw new InvalidDataException($"The LDA model does not take count vectors of {vocabularySize:N0} words.");
        }

        return new LightLdaModel(context, transformer, schema, vocabularySize, numberOfTopics, seed);
    }

    /// <summary>Saves the model in ML.NET's model format (a zip archive).</summary>
    public void Save(Stream stream)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_gate)
        {
            NativeStdout.Silence(() =>
            {
                _context.Model.Save(_transformer, _inputSchema, stream);
                return true;
            });
        }
    }

    /// <summary>The topic vector of each row, in order: weights summing to 1, or all zeros for a row without counts.</summary>
    /// <exception cref="ArgumentException">A row has more than <see cref="MaximumRowTokens"/> tokens.</exception>
    public float[][] Infer(IReadOnlyList<(int[] Indices, int[] Counts)> rows)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        CheckRows(rows);
        if (rows.Count == 0)
        {
            return [];
        }

        return NativeStdout.Silence(() => InferRows(rows));
    }

    /// <summary>
    /// The topic vector of each row, in order, as <see cref="Infer"/> gives them, inferred on up to
    /// <paramref name="threads"/> copies of the model at once: the rows are cut into that many runs, one a copy. Each
    /// row restarts the sampler, so the vectors do not depend on the number of threads.
    /// </summary>
    /// <exception cref="ArgumentException">A row has more than <see cref="MaximumRowTokens"/> tokens.</exception>
    public float[][] InferInParallel(IReadOnlyList<(int[] Indices, int[] Counts)> rows, int threads)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        threads = Math.Min(threads, rows.Count / MinimumRowsPerThread);
        if (threads <= 1)
        {
            return Infer(rows);
        }

        CheckRows(rows);
        using var saved = new MemoryStream();
        Save(saved);
        var copies = new List<LightLdaModel> { this };
        try
        {
            while (copies.Count < threads)
            {
                saved.Position = 0;
                copies.Add(Load(saved, VocabularySize, NumberOfTopics, _seed));
            }

            var runs = new float[threads][][];
            var size = (rows.Count + threads - 1) / threads;

            // One capture around all threads: descriptor 1 is the process's, and captures are serialized.
            NativeStdout.Silence(() =>
            {
                Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
                    runs[t] = copies[t].InferRows(rows.Skip(t * size).Take(size).ToArray()));
                return true;
            });
            return runs.SelectMany(run => run).ToArray();
        }
        finally
        {
            foreach (var copy in copies.Skip(1))
            {
                copy.Dispose();
            }
        }
    }

    /// <summary>Infers rows on this copy of the engine; the caller captures standard output.</summary>
    private float[][] InferRows(IReadOnlyList<(int[] Indices, int[] Counts)> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        lock (_gate)
        {
            var data = Load(_context, rows, VocabularySize);
            return _context.Data
                .CreateEnumerable<LdaOutputRow>(_transformer.Transform(data), reuseRowObject: false)
                .Select(row => row.Topics.DenseValues().ToArray())
                .ToArray();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        lock (_gate)
        {
            Dispose(_transformer);
        }
    }

    /// <summary>
    /// The rows in an order shuffled with <paramref name="seed"/>. LightLDA's native random generator always starts from
    /// the same fixed state and takes no seed, so the order in which rows reach it is what the seed can vary: each
    /// seed gives its own random start, and the same seed the same one.
    /// </summary>
    internal static IReadOnlyList<(int[] Indices, int[] Counts)> Shuffle(IReadOnlyList<(int[] Indices, int[] Counts)> rows, int seed)
    {
        var shuffled = rows.ToArray();
        var random = new Random(seed);
        for (var i = shuffled.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        return shuffled;
    }

    private static void CheckRows(IReadOnlyList<(int[] Indices, int[] Counts)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            var tokens = row.Counts.Sum();
            if (tokens > MaximumRowTokens)
            {
                throw new ArgumentException($"An LDA row has {tokens:N0} tokens; the native engine samples at most {MaximumRowTokens}. Cut units into pieces first.", nameof(rows));
            }
        }
    }

    private static void Dispose(ITransformer transformer)
    {
        switch (transformer)
        {
            case LatentDirichletAllocationTransformer lda:
                lda.Dispose();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    private static IDataView Load(MLContext context, IReadOnlyList<(int[] Indices, int[] Counts)> rows, int vocabularySize)
    {
        var items = rows.Select(r => new LdaInputRow
        {
            Counts = new VBuffer<float>(vocabularySize, r.Indices.Length, r.Counts.Select(c => (float)c).ToArray(), r.Indices.ToArray()),
        });
        return context.Data.LoadFromEnumerable(items.ToArray(), InputDefinition(vocabularySize));
    }

    private static SchemaDefinition InputDefinition(int vocabularySize)
    {
        var definition = SchemaDefinition.Create(typeof(LdaInputRow));
        definition[LdaInputRow.ColumnName].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabularySize);
        return definition;
    }
}
