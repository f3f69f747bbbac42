using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovSearch.Topics;

/// <summary>
/// A topic model of a corpus: learned once from its units with LDA, then used to describe the topics, give each
/// training unit its topic vector, and infer the vectors of units added later without retraining.
/// </summary>
/// <remarks>
/// <para><b>The unit is the document.</b> The index wants one topic vector per document (for facets, trends and
/// similar documents), and LDA learns from which words share a document. Passages would be shorter than a topic
/// needs (a single article of a law) and their vectors would have to be merged back per document anyway. The caller
/// passes each document's title and text through <see cref="TopicTokenizer"/> and hands the tokens in as one unit.</para>
/// <para><b>Long documents are split, not cut.</b> ML.NET's LDA samples at most 512 tokens of a document and ignores
/// the rest without a word, taken in vocabulary-index order; raising its <c>maximumTokenCountPerDocument</c> does not
/// help, because the native engine caps a document at 512 tokens on its own (see <see cref="LightLdaModel"/>). So
/// each unit is cut into consecutive pieces of at most 512 vocabulary tokens, in text order and of even size
/// (<see cref="TopicVocabulary.CountPieces"/>); LDA learns from the pieces as documents, and a unit's vector is the
/// average of its pieces' vectors weighted by their token counts. Inference of new units does the same. A long report's
/// sections may thus carry different topics.</para>
/// <para><b>A training budget.</b> LDA learns from at most <see cref="TopicModelOptions.MaximumTrainingTokens"/>
/// tokens: when the units hold more, every unit gives up to the same number of evenly spaced pieces
/// (<see cref="TrainingSample"/>). Every unit's vector is then inferred from all its pieces, on several copies of the
/// model at once (a row's vector does not depend on which copy infers it).</para>
/// <para><b>Determinism.</b> With <see cref="TopicModelOptions.Threads"/> at 1, the same units and options give the
/// same vocabulary, topics and vectors on every run; inference restarts its random generator for every unit.</para>
/// <para><b>Quiet.</b> The native LDA engine prints progress with C <c>printf</c>; every native call runs inside
/// <see cref="NativeStdout"/>, which redirects file descriptor 1 for its duration, so callers see none of it.</para>
/// <para>Thread-safe: inference calls are serialized.</para>
/// </remarks>
internal sealed class TopicModel : IDisposable
{
    /// <summary>The words kept per topic in the topic-word table: the most <see cref="TopicModelOptions.TopWordsPerTopic"/> allows.</summary>
    public const int StoredWordsPerTopic = 100;

    /// <summary>Units inferred per native call in <see cref="InferBatch"/>; cancellation is checked between batches.</summary>
    private const int InferenceBatchSize = 256;

    // Loaded on first use: reading the ML.NET model is most of the cost of opening an index with topics, and only
    // inference (new documents, similar-by-text) needs it; searches, labels and trends use the tables.
    private readonly Lazy<LightLdaModel> _engine;
    private readonly string[] _unitIds;
    private readonly int[] _unitTokenCounts;
    private readonly float[][] _unitVectors;

    internal TopicModel(
        TopicModelOptions options,
        TopicVocabulary vocabulary,
        LightLdaModel engine,
        TopicWordTable table,
        string[] unitIds,
        int[] unitTokenCounts,
        float[][] unitVectors,
        string corpusFingerprint)
        : this(options, vocabulary, () => engine, table, unitIds, unitTokenCounts, unitVectors, corpusFingerprint)
    {
    }

    /// <summary>A model whose ML.NET engine is read only when inference first needs it.</summary>
    internal TopicModel(
        TopicModelOptions options,
        TopicVocabulary vocabulary,
        Func<LightLdaModel> loadEngine,
        TopicWordTable table,
        string[] unitIds,
        int[] unitTokenCounts,
        float[][] unitVectors,
        string corpusFingerprint)
    {
        Options = options;
        Vocabulary = vocabulary;
        _engine = new Lazy<LightLdaModel>(loadEngine, LazyThreadSafetyMode.ExecutionAndPublication);
        Table = table;
        _unitIds = unitIds;
        _unitTokenCounts = unitTokenCounts;
        _unitVectors = unitVectors;
        CorpusFingerprint = corpusFingerprint;
        Topics = table.Words
            .Select((words, id) =>
            {
                var top = words.Take(options.TopWordsPerTopic).ToArray();
                return new TopicDescription(id, TopicDescription.MakeLabel(top), top, table.Weights[id]);
            })
            .ToArray();
    }

    /// <summary>The options the model was trained with.</summary>
    public TopicModelOptions Options { get; }

    /// <summary>The number of topics: the length of every topic vector.</summary>
    public int NumberOfTopics => Options.NumberOfTopics;

    /// <summary>The topics, by id.</summary>
    public IReadOnlyList<TopicDescription> Topics { get; }

    /// <summary>The words the model knows.</summary>
    public TopicVocabulary Vocabulary { get; }

    /// <summary>The topic-word table: up to <see cref="StoredWordsPerTopic"/> words per topic, and the topic weights.</summary>
    public TopicWordTable Table { get; }

    /// <summary>The fingerprint of the training units (see <see cref="Fingerprint"/>).</summary>
    public string CorpusFingerprint { get; }

    /// <summary>The training units' ids, in training order.</summary>
    public IReadOnlyList<string> UnitIds => _unitIds;

    /// <summary>
    /// The training units' topic vectors, in training order: weights summing to 1, or all zeros for a unit with no
    /// vocabulary word. They are what <see cref="Infer"/> gives for the same tokens. Do not modify the arrays.
    /// </summary>
    public IReadOnlyList<float[]> UnitVectors => _unitVectors;

    /// <summary>The number of topic tokens of each training unit (before the vocabulary was applied), in training order.</summary>
    public IReadOnlyList<int> UnitTokenCounts => _unitTokenCounts;

    /// <summary>Learns a topic model from units: one per document, each with its topic tokens.</summary>
    /// <param name="units">The units, each with a unique non-empty id (compared ordinally) and its tokens from <see cref="TopicTokenizer"/>.</param>
    /// <param name="options">The settings; validated.</param>
    /// <param name="cancellationToken">Checked between the stages (vocabulary, training, inference of the units);
    /// the native training pass itself cannot be interrupted.</param>
    /// <exception cref="ArgumentException">An option is out of range, or a unit id is empty or repeated.</exception>
    /// <exception cref="GovSearchException">No word qualifies for the vocabulary, so there is nothing to learn.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static TopicModel Train(IReadOnlyList<(string Id, IReadOnlyList<string> Tokens)> units, TopicModelOptions options, CancellationToken cancellationToken = default) =>
        Train(units, options, Environment.ProcessorCount, cancellationToken);

    /// <summary>Learns a topic model as <see cref="Train(IReadOnlyList{ValueTuple{string, IReadOnlyList{string}}}, TopicModelOptions, CancellationToken)"/>
    /// does, inferring the units' vectors afterwards on up to <paramref name="inferenceThreads"/> threads (the vectors
    /// do not depend on it).</summary>
    public static TopicModel Train(IReadOnlyList<(string Id, IReadOnlyList<string> Tokens)> units, TopicModelOptions options, int inferenceThreads, CancellationToken cancellationToken = default) =>
        Train(units, options, inferenceThreads, null, cancellationToken);

    /// <summary>Learns a topic model as the other overloads do, telling <paramref name="stage"/> when training and
    /// inference start and end (with the units done).</summary>
    public static TopicModel Train(IReadOnlyList<(string Id, IReadOnlyList<string> Tokens)> units, TopicModelOptions options, int inferenceThreads, Action<IndexingStage, int>? stage, CancellationToken cancellationToken = default) =>
        Train(units, options, inferenceThreads, stage, [], cancellationToken: cancellationToken);

    /// <summary>
    /// Learns a bilingual topic model as the other overloads do, with aligned units (a text and its translation, by
    /// id) trained as joint units: LDA learns from their joint pieces (<see cref="TopicVocabulary.CountJointPieces"/>)
    /// instead of each one's own pieces, so the words of both languages share topics. The pair is then one unit: both
    /// its texts take the vector inferred from its joint pieces (every other unit's vector is inferred from its own
    /// pieces, and so is any unit added later). It also learns from <paramref name="trainingPairs"/>: aligned texts that
    /// are no unit (<see cref="TopicModelOptions.ParallelTextFiles"/>), each learned as one joint unit of both its texts'
    /// tokens. They count towards the vocabulary's document frequencies and are trained whole, their tokens taken from
    /// <see cref="TopicModelOptions.MaximumTrainingTokens"/> first; they get no vector.
    /// </summary>
    /// <param name="units">The units.</param>
    /// <param name="options">The settings; validated.</param>
    /// <param name="inferenceThreads">Threads for inferring the units' vectors.</param>
    /// <param name="stage">Told when training and inference start and end; may be <see langword="null"/>.</param>
    /// <param name="alignedPairs">Pairs of unit ids that translate each other; a pair naming an unknown id, or an id
    /// already paired, is left out.</param>
    /// <param name="trainingPairs">The tokens of aligned texts learned from only; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Checked between the stages.</param>
    public static TopicModel Train(
        IReadOnlyList<(string Id, IReadOnlyList<string> Tokens)> units,
        TopicModelOptions options,
        int inferenceThreads,
        Action<IndexingStage, int>? stage,
        IReadOnlyList<(string First, string Second)> alignedPairs,
        IReadOnlyList<(IReadOnlyList<string> First, IReadOnlyList<string> Second)>? trainingPairs = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alignedPairs);
        trainingPairs ??= [];
        ArgumentOutOfRangeException.ThrowIfLessThan(inferenceThreads, 1);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        CheckIds(units);
        cancellationToken.ThrowIfCancellationRequested();

        var vocabulary = TopicVocabulary.Build(
            [.. units.Select(u => u.Tokens), .. trainingPairs.Select(p => (IReadOnlyList<string>)[.. p.First, .. p.Second])], options);
        var pieces = units.Select(u => vocabulary.CountPieces(u.Tokens, LightLdaModel.MaximumRowTokens)).ToArray();
        var rows = pieces.SelectMany(p => p).ToArray();
        if (rows.Length == 0)
        {
            throw new GovSearchException(string.Create(CultureInfo.InvariantCulture,
                $"No word of the {units.Count:N0} units qualifies for the topic vocabulary: a word must occur in at least {options.MinimumDocumentFrequency:N0} units (TopicModelOptions.MinimumDocumentFrequency) and in at most {options.MaximumDocumentFrequencyShare:P0} of them (TopicModelOptions.MaximumDocumentFrequencyShare). Train on more documents, or relax those options."));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var joint = JointUnits(units, vocabulary, alignedPairs);
        var paired = joint.SelectMany(j => new[] { j.First, j.Second }).ToHashSet();
        var extra = trainingPairs
            .SelectMany(p => vocabulary.CountJointPieces(p.First, p.Second, LightLdaModel.MaximumRowTokens))
            .ToArray();
        var extraTokens = extra.Sum(p => (long)p.Counts.Sum());
        var sample = TrainingSample.Select(
            [.. pieces.Where((_, u) => !paired.Contains(u)), .. joint.Select(j => j.Pieces)], Math.Max(1, options.MaximumTrainingTokens - extraTokens));
        sample = [.. extra, .. sample];
        stage?.Invoke(IndexingStage.TrainingTopics, 0);
        var (engine, summary) = LightLdaModel.Train(sample, vocabulary.Count, options, StoredWordsPerTopic, cancellationToken);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage?.Invoke(IndexingStage.InferringTopics, 0);
            var jointRows = joint.SelectMany(j => j.Pieces).ToArray();
            var inferred = engine.InferInParallel([.. rows, .. jointRows], inferenceThreads);
            var vectors = Combine(pieces, inferred[..rows.Length], options.NumberOfTopics);
            var jointVectors = Combine(joint.Select(j => j.Pieces).ToArray(), inferred[rows.Length..], options.NumberOfTopics);
            for (var j = 0; j < joint.Count; j++)
            {
                // The pair is the unit: a text and its translation take the vector of their joint pieces.
                vectors[joint[j].First] = jointVectors[j];
                vectors[joint[j].Second] = (float[])jointVectors[j].Clone();
            }

            stage?.Invoke(IndexingStage.InferringTopics, units.Count);
            var table = new TopicWordTable(TopicWeights(vectors, options.NumberOfTopics), MapSummary(summary, vocabulary, options.NumberOfTopics));
            return new TopicModel(
                options,
                vocabulary,
                engine,
                table,
                units.Select(u => u.Id).ToArray(),
                units.Select(u => u.Tokens.Count).ToArray(),
                vectors,
                Fingerprint(units));
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The aligned pairs that become joint units, in the order given, each with its two units' positions and its joint
    /// pieces (<see cref="TopicVocabulary.CountJointPieces"/>). A pair naming an unknown id or a unit already paired,
    /// or without words on either side, is left out.
    /// </summary>
    private static List<(int First, int Second, IReadOnlyList<(int[] Indices, int[] Counts)> Pieces)> JointUnits(
        IReadOnlyList<(string Id, IReadOnlyList<string> Tokens)> units,
        TopicVocabulary vocabulary,
        IReadOnlyList<(string First, string Second)> alignedPairs)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var u = 0; u < units.Count; u++)
        {
            position[units[u].Id] = u;
        }

        var paired = new HashSet<int>();
        var joint = new List<(int, int, IReadOnlyList<(int[] Indices, int[] Counts)>)>();
        foreach (var (first, second) in alignedPairs)
        {
            if (!position.TryGetValue(first, out var a) || !position.TryGetValue(second, out var b) || a == b
                || paired.Contains(a) || paired.Contains(b))
            {
                continue;
            }

            var together = vocabulary.CountJointPieces(units[a].Tokens, units[b].Tokens, LightLdaModel.MaximumRowTokens);
            if (together.Count == 0)
            {
                continue;
            }

            paired.Add(a);
            paired.Add(b);
            joint.Add((a, b, together));
        }

        return joint;
    }

    /// <summary>Loads a model saved with <see cref="Save"/>.</summary>
    /// <exception cref="TopicModelFormatException">The folder is missing, lacks files, was written with another topics
    /// schema version, or is damaged.</exception>
    public static TopicModel Load(string folder) => TopicModelFolder.Load(folder);

    /// <summary>
    /// Saves the model into a folder (created if needed): the ML.NET model, the topic-word table, the vocabulary, the
    /// training units' vectors and a manifest with the options, the corpus fingerprint, the topics schema version and a
    /// hash of each file. A model already in the folder is replaced; other files are left alone.
    /// </summary>
    /// <exception cref="IOException">A file could not be written.</exception>
    public void Save(string folder) => TopicModelFolder.Save(this, folder);

    /// <summary>
    /// The topic vector of one unit's tokens, from the trained model without retraining: weights summing to 1, or all
    /// zeros when no token is in the vocabulary. A long unit is cut into pieces as in training.
    /// </summary>
    public float[] Infer(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return InferUnits([tokens])[0];
    }

    /// <summary>The topic vectors of many units' tokens, in order (see <see cref="Infer"/>).</summary>
    /// <exception cref="OperationCanceledException">Cancelled; checked every <c>256</c> units.</exception>
    public IReadOnlyList<float[]> InferBatch(IReadOnlyList<IReadOnlyList<string>> units, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        var results = new List<float[]>(units.Count);
        for (var start = 0; start < units.Count; start += InferenceBatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.AddRange(InferUnits(units.Skip(start).Take(InferenceBatchSize).ToArray()));
        }

        return results;
    }

    /// <summary>
    /// The fingerprint of a set of units: SHA-256 over each unit's id and token count, in order (first 32 hex digits).
    /// A model whose <see cref="CorpusFingerprint"/> differs from the fingerprint of the current units was trained on
    /// another corpus.
    /// </summary>
    public static string Fingerprint(IEnumerable<(string Id, IReadOnlyList<string> Tokens)> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (id, tokens) in units)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}\0{tokens.Count}\n")));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    /// <summary>Infers units by their pieces.</summary>
    private float[][] InferUnits(IReadOnlyList<IReadOnlyList<string>> units)
    {
        var pieces = units.Select(tokens => tokens is null
            ? throw new ArgumentException("A unit to infer has no token list; pass an empty list for a unit without words.", nameof(units))
            : Vocabulary.CountPieces(tokens, LightLdaModel.MaximumRowTokens)).ToArray();
        return Combine(pieces, _engine.Value.Infer(pieces.SelectMany(p => p).ToArray()), NumberOfTopics);
    }

    /// <summary>
    /// Each unit's vector from its pieces' vectors (given in the same flattened order): their average weighted by the
    /// pieces' token counts, or zeros for a unit without pieces.
    /// </summary>
    private static float[][] Combine(IReadOnlyList<IReadOnlyList<(int[] Indices, int[] Counts)>> pieces, float[][] pieceVectors, int numberOfTopics)
    {
        var vectors = new float[pieces.Count][];
        var next = 0;
        for (var u = 0; u < pieces.Count; u++)
        {
            var mass = new double[numberOfTopics];
            foreach (var piece in pieces[u])
            {
                var weight = (double)piece.Counts.Sum();
                var vector = pieceVectors[next++];
                for (var k = 0; k < numberOfTopics; k++)
                {
                    mass[k] += vector[k] * weight;
                }
            }

            var total = mass.Sum();
            vectors[u] = mass.Select(m => total > 0 ? (float)(m / total) : 0f).ToArray();
        }

        return vectors;
    }

    /// <summary>Saves the ML.NET model.</summary>
    internal void SaveEngine(Stream stream) => _engine.Value.Save(stream);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_engine.IsValueCreated)
        {
            _engine.Value.Dispose();
        }
    }

    private static void CheckIds(IReadOnlyList<(string Id, IReadOnlyList<string> Tokens)> units)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, tokens) in units)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("Every topic unit needs a non-empty id.", nameof(units));
            }

            if (tokens is null)
            {
                throw new ArgumentException($"Topic unit '{id}' has no token list; pass an empty list for a unit without words.", nameof(units));
            }

            if (!seen.Add(id))
            {
                throw new ArgumentException($"Topic unit id '{id}' occurs more than once; ids must be unique.", nameof(units));
            }
        }
    }

    /// <summary>Each topic's share of the summed vectors of the units that have any vocabulary word.</summary>
    private static double[] TopicWeights(float[][] vectors, int numberOfTopics)
    {
        var sums = new double[numberOfTopics];
        foreach (var vector in vectors)
        {
            for (var k = 0; k < numberOfTopics; k++)
            {
                sums[k] += vector[k];
            }
        }

        var total = sums.Sum();
        return total > 0 ? sums.Select(s => s / total).ToArray() : sums;
    }

    private static IReadOnlyList<IReadOnlyList<TopicWord>> MapSummary(
        IReadOnlyList<IReadOnlyList<(int Index, float Weight)>> summary, TopicVocabulary vocabulary, int numberOfTopics) =>
        Enumerable.Range(0, numberOfTopics)
            .Select(k => (IReadOnlyList<TopicWord>)(k < summary.Count ? summary[k] : [])
                .Select(w => new TopicWord(vocabulary.Terms[w.Index], w.Weight))
                .OrderByDescending(w => w.Weight)
                .ThenBy(w => w.Word, StringComparer.Ordinal)
                .ToArray())
            .ToArray();
}
