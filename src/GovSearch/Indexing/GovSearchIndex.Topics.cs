using GovSearch.Analysis;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Schema;
using GovSearch.Storage;
using GovSearch.Topics;

namespace GovSearch;

/// <summary>The topic half of <see cref="GovSearchIndex"/>: training, status, topics, trends and similar documents.</summary>
public sealed partial class GovSearchIndex
{
    /// <summary>The folder, inside the index folder, that holds the topic model.</summary>
    /// <summary>The folder, inside the index folder, that holds the topic model; training stages it in this name plus ".new".</summary>
    internal const string TopicsFolder = "topics";

    /// <summary>The state of the topic model and how stale it is.</summary>
    public TopicModelStatus TopicStatus => WithSearcher(searcher =>
    {
        var model = Volatile.Read(ref _topicModel);
        if (model is null)
        {
            return _topicProblem is null ? TopicModelStatus.None : new TopicModelStatus { Problem = _topicProblem };
        }

        int trained = 0, inferred = 0, total = 0;
        foreach (var origin in IndexScan.Numbers(searcher.IndexReader, FieldNames.TopicOrigin, TopicVectorCodec.NoTopics))
        {
            total++;
            trained += origin == TopicVectorCodec.Trained ? 1 : 0;
            inferred += origin == TopicVectorCodec.Inferred ? 1 : 0;
        }

        return new TopicModelStatus
        {
            IsTrained = true,
            Options = model.Options,
            TrainedDocuments = trained,
            InferredDocuments = inferred,
            Staleness = total == 0 ? 0 : (double)(total - trained) / total,
        };
    });

    /// <summary>
    /// Learns a topic model (ML.NET LDA) from every committed document, gives each document its topic vector and dominant
    /// topic in place (no re-analysis), commits, and keeps the model in the index folder beside the index.
    /// </summary>
    /// <remarks>
    /// The unit is the document: tokens come from the index's own analysis (read from its postings), without numbers,
    /// single characters and function words; long documents are split into pieces LDA can take, never cut. A Chinese and
    /// an English document with the same <c>parallel_id</c> metadata are trained as one joint unit, so the topics hold
    /// words of both languages and the two get close topic vectors (see the README); the aligned texts of
    /// <see cref="TopicModelOptions.ParallelTextFiles"/> are learned from too, as joint units of their own. LDA learns
    /// from at most <see cref="TopicModelOptions.MaximumTrainingTokens"/> tokens, sampled evenly across documents;
    /// every document's vector is inferred from all its words. Writes wait
    /// while training runs; searches do not. Documents added later get vectors by inference; <see cref="TopicStatus"/>
    /// says how many, so you know when to retrain. Same documents, same options (one thread) give the same topics.
    /// </remarks>
    /// <param name="options">The model settings. Default: <see cref="TopicModelOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked between stages; the native training pass itself runs to its end.</param>
    /// <returns>The topics learned.</returns>
    /// <exception cref="InvalidOperationException">The index is read-only, has uncommitted changes, or holds fewer than two documents.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="TranslationFileException">A file of <see cref="TopicModelOptions.ParallelTextFiles"/> is missing or
    /// malformed; the message names the file and line.</exception>
    /// <exception cref="IndexWriteException">Storage failed while the model was saved or its vectors committed; the previous
    /// model stays in use and on disk, and the half-saved new one is removed.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The progress overload keeps the .NET shape (progress, then an optional token).")]
    public Task<IReadOnlyList<TopicDescription>> TrainTopicsAsync(TopicModelOptions? options = null, CancellationToken cancellationToken = default) =>
        TrainTopicsAsync(options, null, cancellationToken);

    /// <inheritdoc cref="TrainTopicsAsync(TopicModelOptions?, CancellationToken)"/>
    /// <param name="options">The model settings. Default: <see cref="TopicModelOptions.Default"/>.</param>
    /// <param name="progress">Receives an <see cref="IndexingProgress"/> as each stage (reading words, training,
    /// inferring vectors, saving) starts and ends; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked between stages; the native training pass itself runs to its end.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The progress overload keeps the .NET shape (progress, then an optional token).")]
    public Task<IReadOnlyList<TopicDescription>> TrainTopicsAsync(TopicModelOptions? options, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken = default)
    {
        var writer = Writer;
        options ??= TopicModelOptions.Default;
        options.Validate();
        return ObservedTraining(writer.ExclusiveAsync(() =>
        {
            void Report(IndexingStage stage, int done, int total) =>
                progress?.Report(new IndexingProgress { Stage = stage, Documents = done, TotalDocuments = total });

            Report(IndexingStage.ReadingTopicTokens, 0, WithSearcher(s => s.IndexReader.NumDocs));
            var trainingPairs = options.ParallelTextFiles
                .SelectMany(TopicParallelText.Load)
                .Select(p => (_topicTokenizer.Value.Tokenize(null, p.Chinese), _topicTokenizer.Value.Tokenize(null, p.English)))
                .ToList();
            var units = TopicUnits(cancellationToken);
            Report(IndexingStage.ReadingTopicTokens, units.Count, units.Count);
            if (units.Count < 2)
            {
                throw new InvalidOperationException($"Training topics needs at least 2 documents; the index holds {units.Count}.");
            }

            var pairs = WithSearcher(searcher => ParallelPairs.Find(searcher.IndexReader, cancellationToken));
            var model = TopicModel.Train(units, options, _options.IndexingThreads, (stage, done) => Report(stage, done, units.Count), pairs, trainingPairs, cancellationToken);
            Report(IndexingStage.SavingTopics, 0, units.Count);
            var staging = Path is null ? null : System.IO.Path.Combine(Path, TopicsFolder + ".new");
            var generation = writer.CommittedGeneration;
            try
            {
                if (staging is not null)
                {
                    WriteFailures.Run(Path, WriteFailures.TopicsKept, () =>
                    {
                        DeleteFolder(staging);
                        model.Save(staging);
                    });
                }

                writer.ApplyTopics(model.UnitIds.Select((id, i) => (id, model.UnitVectors[i])).ToList(), model.CorpusFingerprint);
            }
            catch (IndexWriteException) when (writer.CommittedGeneration > generation)
            {
                // Storage failed at the commit's last step, yet the commit landed and names this model: keep the two together.
                PlaceTopicModel(staging);
                UseTopicModel(model, problem: null);
                throw;
            }
            catch
            {
                // The last commit still names the previous model, which stays in use and in its folder; the half-saved
                // new one is removed (if that fails too, it is only ever loaded for a commit that names it).
                model.Dispose();
                TryDeleteFolder(staging);
                throw;
            }

            PlaceTopicModel(staging);
            UseTopicModel(model, problem: null);
            Report(IndexingStage.SavingTopics, units.Count, units.Count);
            return DescribeTopics(model);
        }, cancellationToken));
    }

    /// <summary>
    /// Every committed document's id and topic tokens, in id order (the index's own order depends on how parallel
    /// batches were flushed, and LDA on input order). The tokens are the words the index analyzed, read from its
    /// postings, not the stored texts analyzed again (<see cref="IndexedTopicTokens"/>).
    /// </summary>
    internal List<(string Id, IReadOnlyList<string> Tokens)> TopicUnits(CancellationToken cancellationToken)
    {
        var units = WithSearcher(searcher => IndexedTopicTokens.Read(searcher.IndexReader, _topicTokenizer.Value, cancellationToken));
        units.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return units;
    }

    /// <summary>The topics of the model, with labels, top words and weights; a one-language label also comes translated
    /// into the other language (<see cref="TopicDescription.TranslatedLabel"/>).</summary>
    /// <exception cref="TopicModelMissingException">The index has no usable topic model; the message says why.</exception>
    public IReadOnlyList<TopicDescription> GetTopics()
    {
        var model = RequireTopicModel();
        if (Volatile.Read(ref _translatedTopics) is { } translated && ReferenceEquals(translated.Item1, model))
        {
            return translated.Item2;
        }

        // Only here: the label translations are worked out on first use (from the glossary the index's translator read at
        // open), and searches describe hits' topics without them.
        var topics = new TopicLabelTranslation(
            _compiler.Translator,
            _compiler.Translator.GlossaryEntries,
            _compiler.Analyze,
            _topicTokenizer.Value.Stem).Apply(DescribeTopics(model));
        Volatile.Write(ref _translatedTopics, Tuple.Create(model, topics));
        return topics;
    }

    /// <summary>The model whose topics <see cref="GetTopics"/> last gave, with them.</summary>
    private Tuple<TopicModel, IReadOnlyList<TopicDescription>>? _translatedTopics;

    /// <summary>Each topic's share of the documents per year or per source, as a table callers can plot.</summary>
    /// <exception cref="TopicModelMissingException">The index has no usable topic model.</exception>
    public TopicTrendTable GetTopicTrends(TrendDimension dimension)
    {
        var model = RequireTopicModel();
        return WithSearcher(searcher =>
        {
            var rows = IndexScan.Rows(searcher.IndexReader)
                .Where(r => r.Vector.Length == model.NumberOfTopics)
                .Select(r => ((IReadOnlyList<float>)r.Vector, r.Year, r.Source))
                .ToList();
            return dimension == TrendDimension.Source
                ? TopicTrends.BySource(rows, model.NumberOfTopics)
                : TopicTrends.ByYear(rows, model.NumberOfTopics);
        });
    }

    /// <summary>Documents closest to one document by topic vector (cosine), excluding itself and exact duplicates of its
    /// text. Ties are broken by id. The document's translation comes first whatever its cosine: a Chinese and an English
    /// document with the same <c>parallel_id</c> metadata, the only two of their languages with it (as topic training
    /// pairs them); its score is still its cosine.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="limit">How many to return: 1 to <see cref="SearchOptions.MaximumLimit"/>. Default: 10.</param>
    /// <param name="cancellationToken">Stops the scan.</param>
    /// <returns>The closest documents, best first, or <see langword="null"/> when no document has the id (the rule for
    /// every id lookup).</returns>
    /// <exception cref="TopicModelMissingException">The index has no usable topic model.</exception>
    public Task<IReadOnlyList<SearchHit>?> SimilarAsync(string id, int limit = 10, CancellationToken cancellationToken = default) =>
        Run<IReadOnlyList<SearchHit>?>(() =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id);
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, SearchOptions.MaximumLimit);
            var model = RequireTopicModel();
            return WithSearcher<IReadOnlyList<SearchHit>?>(searcher =>
            {
                if (Find(searcher, id) is not { } docId)
                {
                    return null;
                }

                var rows = IndexScan.Rows(searcher.IndexReader).ToList();
                var self = rows.First(r => r.DocId == docId);
                var fields = new HitFields(searcher.IndexReader);
                var twin = ParallelPairs.TwinOf(searcher.IndexReader, docId, cancellationToken) is { } twinId ? Find(searcher, twinId) : null;
                var best = rows
                    .Where(r => r.DocId != docId && r.TextHash != self.TextHash && r.Vector.Length == self.Vector.Length)
                    .Select(r => (r.DocId, r.Vector, Score: TopicReranker.Cosine(self.Vector, r.Vector), Twin: r.DocId == twin))
                    .OrderByDescending(r => r.Twin).ThenByDescending(r => r.Score)
                    .Take(limit + 32)
                    .Select(r => (r.DocId, r.Vector, r.Score, r.Twin, Id: fields.Id(r.DocId)))
                    .OrderByDescending(r => r.Twin).ThenByDescending(r => r.Score).ThenBy(r => r.Id, StringComparer.Ordinal)
                    .Take(limit)
                    .ToList();
                cancellationToken.ThrowIfCancellationRequested();
                var topics = DescribeTopics(model);
                return best.Select((r, i) => fields.Hit(r.DocId, i + 1, r.Score, IndexScan.TopTopics(r.Vector, topics), [])).ToList();
            });
        }, cancellationToken);

    /// <summary>
    /// The model's topics with English words as people write them ("country", not the stem "countri"): the most frequent
    /// surface form of each stem in the stored titles and texts of each topic's top documents. Worked out once per model,
    /// on first use; a stem not found there (its documents deleted since) stays as it is.
    /// </summary>
    internal IReadOnlyList<TopicDescription> DescribeTopics(TopicModel model)
    {
        if (Volatile.Read(ref _describedTopics) is { } described && ReferenceEquals(described.Item1, model))
        {
            return described.Item2;
        }

        var stems = model.Topics.SelectMany(t => t.TopWords).Select(w => w.Word).Where(w => !w.Any(CharClass.IsHan)).ToHashSet(StringComparer.Ordinal);
        var topics = model.Topics;
        if (stems.Count > 0)
        {
            var ids = Enumerable.Range(0, model.NumberOfTopics)
                .SelectMany(topic => Enumerable.Range(0, model.UnitIds.Count)
                    .Where(i => model.UnitVectors[i][topic] > 0)
                    .OrderByDescending(i => model.UnitVectors[i][topic])
                    .ThenBy(i => model.UnitIds[i], StringComparer.Ordinal)
                    .Take(SurfaceFormDocumentsPerTopic)
                    .Select(i => model.UnitIds[i]))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            var texts = WithSearcher(searcher => ids
                .Select(id => Find(searcher, id) is { } docId ? DocumentMapper.FromLucene(searcher.IndexReader, docId).Document : null)
                .OfType<GovDocument>()
                .SelectMany(d => new[] { d.Title, d.Text.Length > SurfaceFormCharacters ? d.Text[..SurfaceFormCharacters] : d.Text })
                .ToArray());
            topics = SurfaceForms.Apply(model.Topics, SurfaceForms.Find(texts, stems, _topicTokenizer.Value.Stem));
        }

        Volatile.Write(ref _describedTopics, Tuple.Create(model, topics));
        return topics;
    }

    /// <summary>How many of each topic's top documents <see cref="DescribeTopics"/> reads for surface forms.</summary>
    private const int SurfaceFormDocumentsPerTopic = 5;

    /// <summary>How much of each of those documents' text it reads. Every index's first search describes the topics,
    /// so reading whole reports (100 KB and more each) made that search slow; their openings use the same words.</summary>
    private const int SurfaceFormCharacters = 8_000;

    private TopicModel RequireTopicModel()
    {
        ThrowIfDisposed();
        return Volatile.Read(ref _topicModel)
            ?? throw new TopicModelMissingException(_topicProblem ?? "The index has no topic model; train one with TrainTopicsAsync (or govsearch index --topics N).");
    }

    /// <summary>Loads the model recorded in the last commit, or records why it is refused.</summary>
    private void LoadTopicModel(string? fingerprint)
    {
        if (fingerprint is null || Path is null)
        {
            return;
        }

        var folder = System.IO.Path.Combine(Path, TopicsFolder);
        var staging = folder + ".new";
        string? problem = null;
        // Training saves the model in topics.new, commits, then moves it to topics. A writer killed between those steps,
        // or a reader opening meanwhile, finds the committed model in topics.new: use it, and (as a writer) finish the move.
        foreach (var candidate in new[] { folder, staging })
        {
            if (!Directory.Exists(candidate))
            {
                continue;
            }

            try
            {
                var model = TopicModel.Load(candidate);
                if (model.CorpusFingerprint != fingerprint)
                {
                    model.Dispose();
                    problem ??= $"The topic model in '{candidate}' was trained on other documents (fingerprint {model.CorpusFingerprint}) than those whose topic vectors the index holds ({fingerprint}); retrain it with TrainTopicsAsync.";
                    continue;
                }

                if (candidate == staging && !IsReadOnly)
                {
                    model.Dispose();
                    DeleteFolder(folder);
                    Directory.Move(staging, folder);
                    model = TopicModel.Load(folder);
                }

                UseTopicModel(model, null);
                return;
            }
            catch (Exception e) when (e is TopicModelFormatException or IOException or UnauthorizedAccessException)
            {
                problem ??= $"The index records a topic model, but it was refused: {e.Message} Retrain it with TrainTopicsAsync.";
            }
        }

        UseTopicModel(null, problem ?? $"The index records a topic model, but '{folder}' is missing. Retrain it with TrainTopicsAsync.");
    }

    private void UseTopicModel(TopicModel? model, string? problem)
    {
        var old = Interlocked.Exchange(ref _topicModel, model);
        _topicProblem = problem;
        if (_writer is not null)
        {
            _writer.InferTopics = model is null ? null : document => model.Infer(_topicTokenizer.Value.Tokenize(document));
        }

        if (!ReferenceEquals(old, model))
        {
            old?.Dispose();
        }
    }

    /// <summary>Moves a committed model from its staging folder into place. If storage refuses, the model stays in the
    /// staging folder, where readers find it and the next writer finishes the move (<see cref="LoadTopicModel"/>).</summary>
    private void PlaceTopicModel(string? staging)
    {
        if (staging is null)
        {
            return;
        }

        try
        {
            var folder = System.IO.Path.Combine(Path!, TopicsFolder);
            DeleteFolder(folder);
            Directory.Move(staging, folder);
        }
        catch (Exception e) when (WriteFailures.Classify(e) is not null)
        {
            // See the summary: the commit is done, and the model it names is kept.
        }
    }

    private static void TryDeleteFolder(string? folder)
    {
        try
        {
            if (folder is not null)
            {
                DeleteFolder(folder);
            }
        }
        catch (Exception e) when (WriteFailures.Classify(e) is not null)
        {
            // Left behind; harmless, see the caller.
        }
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
