using GovSearch.Analysis;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Schema;
using GovSearch.Storage;
using GovSearch.Topics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovSearch;

/// <summary>
/// A GovSearch index: governance documents in a Lucene index on disk or in memory, searched with bilingual analysis.
/// </summary>
/// <remarks>
/// <para><b>Lifecycle.</b> Create or open, write (add, update, delete), <see cref="CommitAsync"/>, search, dispose.
/// Searches see the state of the last commit: never an uncommitted change, never half a batch.</para>
/// <para><b>Threads.</b> One instance is meant to be opened once and shared: any number of searches may run while
/// one batch at a time is written. Only one writing instance may hold a folder, in any process: a second writer fails at open
/// with <see cref="IndexLockedException"/> before it touches a file, and a writer that dies, however it dies, leaves no lock
/// behind. Read-only instances take no lock and may run in other processes while a writer commits; each sees whole commits.</para>
/// <para><b>Failures.</b> If a batch fails (a bad or duplicate document, cancellation, an I/O error), every change since
/// the last commit is discarded and the exception propagates; the last commit stays readable and complete. When storage
/// fails (a full disk, a read-only folder, an input/output error) in a write, a commit or topic training, the exception
/// is <see cref="IndexWriteException"/>, and the index stays usable: write again once the cause is fixed.
/// <see cref="Dispose"/> discards uncommitted changes too: commit what you want to keep.</para>
/// <para><b>Async.</b> The async methods take a <see cref="CancellationToken"/>. Searches are CPU-bound and complete on the
/// calling thread; batch writes analyze on up to <see cref="GovSearchIndexOptions.IndexingThreads"/> threads.</para>
/// <para><b>Opening.</b> <see cref="Create"/>, <see cref="Open"/> and <see cref="OpenOrCreate(string, GovSearchIndexOptions?)"/> are synchronous on
/// purpose: they read the commit point and the manifest, take the write lock and verify every index file's CRC-32
/// checksum, so damage is found here rather than in a search: one sequential read of the index folder, which the
/// operating system caches for the searches that follow. The topic model's
/// tables are read too; its ML.NET engine waits until inference first needs it. Open once at start-up and share
/// the instance; in a service, open it while the host starts.</para>
/// <para><b>Ids.</b> One rule for every method that takes a document id: when the index has no document with that id,
/// it returns <see langword="null"/> (<see cref="GetAsync"/>, <see cref="ExplainAsync"/>, <see cref="SimilarAsync"/>)
/// or <see langword="false"/> (<see cref="DeleteAsync"/>); it throws only for an invalid id (empty, or longer than
/// <see cref="GovDocument.MaximumIdLength"/>).</para>
/// </remarks>
public sealed partial class GovSearchIndex : IDisposable, IAsyncDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _searchers;
    private readonly IndexWriterSession? _writer;
    private readonly WriteLock? _lock;
    private readonly QueryCompiler _compiler;
    private readonly GovAnalyzer _indexAnalyzer;
    private readonly GovAnalyzer _queryAnalyzer;
    private readonly BigramAnalyzer? _bigramAnalyzer;
    private readonly Lucene.Net.Analysis.Analyzer _writeAnalyzer;
    private readonly GovSearchIndexOptions _options;
    private readonly Lazy<TopicTokenizer> _topicTokenizer;
    private readonly SegmentFileVerifier _verifier;
    private IndexCorruptException? _corruption;
    private TopicModel? _topicModel;
    private string? _topicProblem;
    private Tuple<TopicModel, IReadOnlyList<TopicDescription>>? _describedTopics;
    private int _disposed;

    private GovSearchIndex(string? path, OpenedStorage storage, IndexManifest manifest, GovSearchIndexOptions options, bool create)
    {
        Path = path;
        _directory = storage.Directory;
        _lock = storage.Lock;
        _verifier = storage.Verifier ?? new SegmentFileVerifier();
        _options = options;
        Analysis = manifest.Analysis;
        _indexAnalyzer = new GovAnalyzer(Analysis, AnalysisMode.Index);
        _queryAnalyzer = new GovAnalyzer(Analysis, AnalysisMode.Query);
        _bigramAnalyzer = Analysis.CharacterBigrams ? new BigramAnalyzer(Analysis.ConvertTraditional, manifest.BigramPostings) : null;
        _writeAnalyzer = FieldAnalyzers.ForIndex(_indexAnalyzer, _bigramAnalyzer);
        // Only topic training, inference and analytics tokenize for topics: a search never needs it.
        _topicTokenizer = new Lazy<TopicTokenizer>(() => new TopicTokenizer(Analysis), LazyThreadSafetyMode.ExecutionAndPublication);
        _compiler = new QueryCompiler(_queryAnalyzer, _bigramAnalyzer, compiler =>
            CrossLingual.Translator.Build(compiler.Analyze, Analysis, options.GlossaryFiles, options.ParallelTextFiles))
        {
            UserWords = UserWordParts.For(Analysis),
        };
        try
        {
            _compiler.Synonyms = Synonyms.SynonymSet.Read(options.SynonymFiles);
            if (options.GlossaryFiles.Count > 0 || options.ParallelTextFiles.Count > 0)
            {
                // The user asked for their own files: read them now, so a bad file fails the open, not a later search.
                _ = _compiler.Translator;
            }

            if (!options.ReadOnly)
            {
                _writer = WriteFailures.Run(path, create ? WriteFailures.NotCreated : WriteFailures.NothingWritten, () =>
                    new IndexWriterSession(_directory, path, _writeAnalyzer, manifest, options, create, CommittedContains, () => _searchers!.MaybeRefreshBlocking()));
            }

            _searchers = IndexStorage.OpenSearchers(path, _directory, new BM25SearcherFactory());
            if (!create)
            {
                // Open verified the commit it read; a writer elsewhere may have committed since (only new files are read).
                VerifyCurrentCommit();
            }

            LoadTopicModel(manifest.TopicsFingerprint);
            OnOpened();
        }
        catch
        {
            _writer?.Dispose();
            _searchers?.Dispose();
            DisposeTopicTokenizer();
            DisposeAnalyzers();
            throw;
        }
    }

    /// <summary>The folder of the index, or <see langword="null"/> for an in-memory index.</summary>
    public string? Path { get; }

    /// <summary>The analysis settings in force (recorded with the index).</summary>
    public AnalysisOptions Analysis { get; }

    /// <summary>Whether this instance can write.</summary>
    public bool IsReadOnly => _writer is null;

    /// <summary>Whether there are writes not yet committed.</summary>
    public bool HasUncommittedChanges => _writer?.HasUncommittedChanges ?? false;

    /// <summary>The number of documents in the last commit seen by this instance.</summary>
    public int DocumentCount => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>Creates a new index in a folder that does not exist yet or is empty.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="options">Settings; <see cref="GovSearchIndexOptions.Analysis"/> is recorded with the index. Default: defaults.</param>
    /// <exception cref="IndexFormatException">The folder holds files already (an index or anything else); nothing is changed.</exception>
    /// <exception cref="IndexLockedException">Another writer holds the folder.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="IndexWriteException">Opening for writing, and the folder cannot be written (a read-only file system, a full disk); nothing was written and no lock file was created.</exception>
    public static GovSearchIndex Create(string path, GovSearchIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options = Checked(options);
        if (options.ReadOnly)
        {
            throw new ArgumentException("GovSearchIndexOptions.ReadOnly cannot be used to create an index.", nameof(options));
        }

        var full = System.IO.Path.GetFullPath(path);
        return Construct(full, IndexStorage.CreateNew(full), IndexStorage.Current(options.Analysis ?? AnalysisOptions.Default), options, create: true);
    }

    /// <summary>Opens an existing index. Nothing on disk changes if it cannot be opened.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="options">Settings. <see cref="GovSearchIndexOptions.Analysis"/>, if given, must match the recorded settings.</param>
    /// <exception cref="IndexMissingException">The folder does not exist or is empty.</exception>
    /// <exception cref="IndexFormatException">The folder is not a GovSearch index, was written with another schema version,
    /// or was created with other analysis settings than those given (another <see cref="AnalysisOptions.UserWords"/>
    /// among them: the message says so and how to rebuild).</exception>
    /// <exception cref="IndexLockedException">Opening for writing, and another writer (in this process or another) holds the folder.</exception>
    /// <exception cref="IndexWriteException">Opening for writing, and the folder cannot be written (a read-only file system, a full disk); nothing was written and no lock file was created.</exception>
    public static GovSearchIndex Open(string path, GovSearchIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options = Checked(options);
        var full = System.IO.Path.GetFullPath(path);
        var storage = IndexStorage.OpenExisting(full, writing: !options.ReadOnly, SegmentFileVerifier.For(full, options));
        var manifest = storage.Manifest!;
        if (options.Analysis is { } wanted && wanted.Fingerprint() != manifest.Analysis.Fingerprint())
        {
            Release(storage);
            throw UserDictionaryMismatch(full, manifest.Analysis, wanted) ?? new IndexFormatException(full,
                $"The index at '{full}' was created with other analysis settings ({manifest.Analysis.Describe()}) than those given; open it without GovSearchIndexOptions.Analysis, or rebuild it.");
        }

        return Construct(full, storage, manifest, options, create: false);
    }

    /// <summary>Opens the index in a folder, or creates one if the folder does not exist or is empty. The folder's write
    /// lock is taken before it is looked at, so two processes calling this at once never both create an index.</summary>
    /// <inheritdoc cref="Open" path="/exception"/>
    public static GovSearchIndex OpenOrCreate(string path, GovSearchIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options = Checked(options);
        var full = System.IO.Path.GetFullPath(path);
        if (options.ReadOnly || IndexStorage.HoldsFiles(full))
        {
            return Open(full, options);
        }

        // Create takes the lock and then checks that the folder is still empty; if another process created an index
        // meanwhile, open that one instead.
        try
        {
            return Create(full, options);
        }
        catch (IndexFormatException) when (IndexStorage.HoldsFiles(full))
        {
            return Open(full, options);
        }
    }

    /// <summary>Opens the index a Lucene directory holds, or creates one in a directory that holds none. The seam through
    /// which tests hand the index a directory that fails on purpose; the index owns the directory and the lock from then on.</summary>
    /// <param name="directory">The directory; its lock factory decides who may write.</param>
    /// <param name="path">The folder behind the directory (topic models are kept there), or <see langword="null"/>.</param>
    /// <param name="held">The folder's write lock, released with the index; <see langword="null"/> when there is none.</param>
    /// <param name="options">Settings.</param>
    internal static GovSearchIndex OpenOrCreate(LuceneDirectory directory, string? path, WriteLock? held, GovSearchIndexOptions? options = null)
    {
        options = Checked(options);
        OpenedStorage storage;
        try
        {
            storage = IndexStorage.OpenDirectory(directory, path, held);
        }
        catch
        {
            Release(new OpenedStorage(directory, held, null));
            throw;
        }

        return storage.Manifest is { } manifest
            ? Construct(path, storage, manifest, options, create: false)
            : Construct(path, storage, IndexStorage.Current(options.Analysis ?? AnalysisOptions.Default), options, create: true);
    }

    /// <summary>Creates an index held in memory only: for tests, small collections and scratch work.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static GovSearchIndex CreateInMemory(GovSearchIndexOptions? options = null)
    {
        options = Checked(options) with { ReadOnly = false };
        return Construct(null, new OpenedStorage(IndexStorage.CreateInMemory(), null, null), IndexStorage.Current(options.Analysis ?? AnalysisOptions.Default), options, create: true);
    }

    /// <summary>Adds one document.</summary>
    /// <exception cref="DuplicateDocumentException">The index already holds the id.</exception>
    /// <exception cref="InvalidDocumentException">The document is empty, too long, has an unknown language, or an id that breaks the rules at <see cref="GovDocument.Id"/>.</exception>
    /// <exception cref="IndexWriteException">Storage failed (a full disk, a read-only folder, an input/output error); every change since the last commit was discarded, the last commit is intact, and the index stays usable.</exception>
    public Task AddAsync(GovDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Written(Writer.WriteAsync(One(document), replace: false, null, cancellationToken));
    }

    /// <summary>Adds a batch of documents, analyzing them in parallel. If any fails, the whole batch and every other
    /// uncommitted change are discarded.</summary>
    /// <returns>The number of documents added.</returns>
    /// <exception cref="DuplicateDocumentException">An id is already in the index or twice in the batch.</exception>
    /// <exception cref="InvalidDocumentException">A document is empty, too long, has an unknown language, or an id that breaks the rules at <see cref="GovDocument.Id"/>.</exception>
    /// <exception cref="IndexWriteException">Storage failed (a full disk, a read-only folder, an input/output error); every change since the last commit was discarded, the last commit is intact, and the index stays usable.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The two overloads differ by source kind (in memory or streamed), and a trailing optional token is the .NET convention.")]
    public Task<int> AddRangeAsync(IEnumerable<GovDocument> documents, CancellationToken cancellationToken = default) =>
        AddRangeAsync(documents, null, cancellationToken);

    /// <inheritdoc cref="AddRangeAsync(IEnumerable{GovDocument}, CancellationToken)"/>
    /// <param name="documents">The documents.</param>
    /// <param name="progress">Receives an <see cref="IndexingProgress"/> every 64 documents and at the end; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the batch, which is then discarded.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The progress overload keeps the .NET shape (progress, then an optional token).")]
    public Task<int> AddRangeAsync(IEnumerable<GovDocument> documents, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Written(Writer.WriteAsync(documents.ToAsyncEnumerable(), replace: false, progress, cancellationToken));
    }

    /// <inheritdoc cref="AddRangeAsync(IEnumerable{GovDocument}, CancellationToken)"/>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "See the other overload.")]
    public Task<int> AddRangeAsync(IAsyncEnumerable<GovDocument> documents, CancellationToken cancellationToken = default) =>
        AddRangeAsync(documents, null, cancellationToken);

    /// <inheritdoc cref="AddRangeAsync(IAsyncEnumerable{GovDocument}, CancellationToken)"/>
    /// <param name="documents">The documents.</param>
    /// <param name="progress">Receives an <see cref="IndexingProgress"/> every 64 documents and at the end; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the batch, which is then discarded.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The progress overload keeps the .NET shape (progress, then an optional token).")]
    public Task<int> AddRangeAsync(IAsyncEnumerable<GovDocument> documents, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Written(Writer.WriteAsync(documents, replace: false, progress, cancellationToken));
    }

    /// <summary>Replaces the document with the same id, or adds it when the index has none.</summary>
    /// <exception cref="InvalidDocumentException">The document is empty, too long, has an unknown language, or an id that breaks the rules at <see cref="GovDocument.Id"/>.</exception>
    /// <exception cref="IndexWriteException">Storage failed (a full disk, a read-only folder, an input/output error); every change since the last commit was discarded, the last commit is intact, and the index stays usable.</exception>
    public Task UpdateAsync(GovDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Written(Writer.WriteAsync(One(document), replace: true, null, cancellationToken));
    }

    /// <summary>Replaces or adds a batch of documents, in parallel; all-or-nothing like <see cref="AddRangeAsync(IEnumerable{GovDocument}, CancellationToken)"/>.</summary>
    /// <returns>The number of documents written.</returns>
    /// <exception cref="DuplicateDocumentException">An id is twice in the batch.</exception>
    /// <exception cref="InvalidDocumentException">A document is empty, too long, has an unknown language, or an id that breaks the rules at <see cref="GovDocument.Id"/>.</exception>
    /// <exception cref="IndexWriteException">Storage failed (a full disk, a read-only folder, an input/output error); every change since the last commit was discarded, the last commit is intact, and the index stays usable.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "As AddRangeAsync: the two overloads differ by source kind (in memory or streamed).")]
    public Task<int> UpdateRangeAsync(IEnumerable<GovDocument> documents, CancellationToken cancellationToken = default) =>
        UpdateRangeAsync(documents, null, cancellationToken);

    /// <inheritdoc cref="UpdateRangeAsync(IEnumerable{GovDocument}, CancellationToken)"/>
    /// <param name="documents">The documents.</param>
    /// <param name="progress">Receives an <see cref="IndexingProgress"/> every 64 documents and at the end; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the batch, which is then discarded.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The progress overload keeps the .NET shape (progress, then an optional token).")]
    public Task<int> UpdateRangeAsync(IEnumerable<GovDocument> documents, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Written(Writer.WriteAsync(documents.ToAsyncEnumerable(), replace: true, progress, cancellationToken));
    }

    /// <inheritdoc cref="UpdateRangeAsync(IEnumerable{GovDocument}, CancellationToken)"/>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "See the other overload.")]
    public Task<int> UpdateRangeAsync(IAsyncEnumerable<GovDocument> documents, CancellationToken cancellationToken = default) =>
        UpdateRangeAsync(documents, null, cancellationToken);

    /// <inheritdoc cref="UpdateRangeAsync(IAsyncEnumerable{GovDocument}, CancellationToken)"/>
    /// <param name="documents">The documents.</param>
    /// <param name="progress">Receives an <see cref="IndexingProgress"/> every 64 documents and at the end; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the batch, which is then discarded.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The progress overload keeps the .NET shape (progress, then an optional token).")]
    public Task<int> UpdateRangeAsync(IAsyncEnumerable<GovDocument> documents, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Written(Writer.WriteAsync(documents, replace: true, progress, cancellationToken));
    }

    /// <summary>Deletes the document with an id.</summary>
    /// <returns>Whether the index held it.</returns>
    /// <exception cref="IndexWriteException">Storage failed (a full disk, a read-only folder, an input/output error); every change since the last commit was discarded, the last commit is intact, and the index stays usable.</exception>
    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Written(Writer.DeleteAsync(id, cancellationToken), static _ => 0);
    }

    /// <summary>Makes every change so far durable and visible to searches, with the schema version and analysis settings.
    /// If storage fails, the changes are discarded (see <see cref="IndexWriteException"/>).</summary>
    /// <exception cref="IndexWriteException">Storage failed (a full disk, a read-only folder, an input/output error); every change since the last commit was discarded, the last commit is intact, and the index stays usable.</exception>
    public Task CommitAsync(CancellationToken cancellationToken = default) => ObservedCommit(() => Writer.CommitAsync(cancellationToken));

    /// <summary>Discards every change since the last commit.</summary>
    public Task RollbackAsync(CancellationToken cancellationToken = default) => ObservedRollback(Writer.RollbackAsync(cancellationToken));

    /// <summary>Makes a read-only instance see the latest commit made by a writer elsewhere, with the topic model of that
    /// commit when the writer trained a new one. Writers see their commits at once. The checksums of the files the new
    /// commit added are verified first.</summary>
    /// <exception cref="IndexCorruptException">A file of the new commit is damaged; until the index is repaired and opened
    /// again, every read of this instance fails with the same exception.</exception>
    public void Refresh()
    {
        ThrowIfDisposed();
        try
        {
            _searchers.MaybeRefreshBlocking();
        }
        catch (Exception e) when (Path is not null && e is IOException or CorruptIndexException or ArgumentException or IndexOutOfRangeException)
        {
            // Lucene opened the new commit and found damage itself: say where.
            var corruption = Named(e);
            Volatile.Write(ref _corruption, corruption);
            throw corruption;
        }

        VerifyCurrentCommit();
        // Another process may have trained the index's text dictionary since this one opened it.
        WithSearcher(s => s.IndexReader is DirectoryReader reader ? IndexManifest.TextDictionaryOf(Path ?? "memory", reader.IndexCommit.UserData) : null);
        var fingerprint = WithSearcher(s => s.IndexReader is DirectoryReader reader && reader.IndexCommit.UserData.TryGetValue(IndexManifest.TopicsKey, out var f) ? f : null);
        if (fingerprint is not null && fingerprint != Volatile.Read(ref _topicModel)?.CorpusFingerprint)
        {
            LoadTopicModel(fingerprint);
        }
    }

    /// <summary>Searches the index. The query language is described in the README: words, "phrases", -exclusion, OR,
    /// and the filters lang:, type:, source:, year:, topic:.</summary>
    /// <param name="query">The query text.</param>
    /// <param name="options">Paging, sort, snippets, facets, parsing. Default: <see cref="SearchOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <exception cref="QueryException">The query is empty, too long, has too many terms, or (strict parsing) is malformed.</exception>
    /// <exception cref="ArgumentException">An option is out of range, or <see cref="SearchOptions.Topics"/> names a topic the model does not have.</exception>
    /// <exception cref="TopicModelMissingException">Hybrid mode or <see cref="SearchOptions.Topics"/> without a topic model.</exception>
    public Task<SearchResults> SearchAsync(string query, SearchOptions? options = null, CancellationToken cancellationToken = default) =>
        ObservedSearch(query, options, () => Run(() =>
        {
            options ??= SearchOptions.Default;
            options.Validate();
            var model = Volatile.Read(ref _topicModel);
            var parsed = Parse(query, options, model);
            if (options.Mode == SearchMode.Hybrid && model is null)
            {
                throw new TopicModelMissingException(_topicProblem ?? "Hybrid search needs a topic model; train one with TrainTopicsAsync.");
            }

            return WithSearcher(searcher =>
            {
                if (options.IncludeFacets)
                {
                    CitesOrdinals.Prepare(searcher.IndexReader);
                }

                var compiled = Compile(searcher, parsed, options);
                return SearchExecutor.Run(searcher, compiled, options, model is null ? null : DescribeTopics(model), cancellationToken, LearnedRerank(compiled, options));
            });
        }, cancellationToken));

    /// <summary>Explains how one document scores for a query, read and filtered by the options as <see cref="SearchAsync"/> does.</summary>
    /// <returns>The explanation, or <see langword="null"/> when no document has the id (the rule for every id lookup).</returns>
    /// <exception cref="QueryException">The query cannot be parsed.</exception>
    /// <exception cref="ArgumentException">An option is out of range, or <see cref="SearchOptions.Topics"/> names a topic the model does not have.</exception>
    /// <exception cref="TopicModelMissingException"><see cref="SearchOptions.Topics"/> without a topic model.</exception>
    public Task<SearchExplanation?> ExplainAsync(string id, string query, SearchOptions? options = null, CancellationToken cancellationToken = default) =>
        Run(() =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id);
            options ??= SearchOptions.Default;
            options.Validate();
            var parsed = Parse(query, options, Volatile.Read(ref _topicModel));
            return WithSearcher<SearchExplanation?>(searcher =>
            {
                var compiled = Compile(searcher, parsed, options);
                if (Find(searcher, id) is not { } docId)
                {
                    return null;
                }

                var explanation = searcher.Explain(compiled.Query, docId);
                var (covered, coverage) = ExplainCoverage(searcher, compiled, docId, explanation.IsMatch ? explanation.Value : 0, options, cancellationToken);
                var (score, local) = ExplainLocalRegulation(searcher, compiled, docId, covered, options, cancellationToken);
                return new SearchExplanation(id, explanation.IsMatch, score, string.Join("\n", new[] { local, coverage, explanation.ToString() }.OfType<string>()))
                {
                    Expansions = compiled.Expansions,
                    Translations = compiled.Translations,
                    Feedback = compiled.Feedback,
                    Synonyms = compiled.Synonyms.Select(s => s.Synonym).ToList(),
                    Ranker = ExplainRanker(searcher, parsed, compiled, docId, explanation.IsMatch ? explanation.Value : 0, options, cancellationToken),
                };
            });
        }, cancellationToken);

    /// <summary>Compiles the query for the snapshot, with pseudo-relevance feedback when the options ask for it.</summary>
    private CompiledQuery Compile(IndexSearcher searcher, ParsedQuery parsed, SearchOptions options) =>
        PseudoRelevanceFeedback.Apply(searcher, _compiler.Compile(parsed, options, searcher.IndexReader, searcher), options, _compiler.Analyze);

    /// <summary>Reads the query in the options' syntax and checks its topic filters against the model.</summary>
    private ParsedQuery Parse(string query, SearchOptions options, TopicModel? model) =>
        TopicFilterCheck.Check(QueryParser.Parse(query, options.Syntax, options.Strict), options, model?.Topics.Count, _topicProblem);

    /// <summary>Gets a document with its passages, or <see langword="null"/> when no document has the id.</summary>
    public Task<IndexedDocument?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Run(() => WithSearcher(searcher =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id);
            if (Find(searcher, id) is not { } docId)
            {
                return null;
            }

            var (document, passages) = DocumentMapper.FromLucene(searcher.IndexReader, docId);
            return new IndexedDocument(document, passages);
        }), cancellationToken);

    /// <summary>Counts what the index holds: documents, passages, languages, types, size on disk.</summary>
    public IndexStatistics GetStatistics() => WithSearcher(searcher =>
    {
        var facets = new FacetCollector();
        searcher.Search(new MatchAllDocsQuery(), facets);
        var counted = facets.Result(SearchOptions.MaximumLimit);
        var passages = IndexScan.Numbers(searcher.IndexReader, FieldNames.Passages, 0).Sum();

        return new IndexStatistics
        {
            Path = Path,
            Documents = searcher.IndexReader.NumDocs,
            Passages = passages,
            Languages = counted.Languages,
            DocTypes = counted.DocTypes,
            SizeOnDiskBytes = Path is null ? 0 : new DirectoryInfo(Path).EnumerateFiles().Sum(f => f.Length),
            SchemaVersion = IndexManifest.CurrentSchemaVersion,
            UserDictionaryWords = Analysis.NormalizedUserWords().Count,
            UserDictionaryHash = Analysis.UserWords.Count == 0 ? null : Analysis.UserDictionaryHash(),
            TraditionalConversion = searcher.IndexReader is DirectoryReader reader
                && reader.IndexCommit.UserData.TryGetValue(IndexManifest.TraditionalConversionKey, out var conversion) ? conversion : null,
        };
    });

    /// <summary>Shows how the index analyzes a text for queries: the terms in order.</summary>
    public IReadOnlyList<string> AnalyzeQueryText(string text) => _compiler.Analyze(text).Select(t => t.Term).ToList();

    /// <summary>Closes the index, after any batch or commit under way. Uncommitted changes are discarded; the last
    /// commit is kept as it is. Never throws.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _writer?.Dispose();
        DisposeReading();
    }

    /// <summary>Closes the index as <see cref="Dispose"/> does, but waits for a batch or commit under way without
    /// blocking a thread (for <c>await using</c> in services).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        DisposeReading();
    }

    /// <summary>Releases the searchers, the topic model, the analyzers, the directory and the write lock.</summary>
    private void DisposeReading()
    {
        OnClosed();
        _searchers.Dispose();
        _topicModel?.Dispose();
        DisposeTopicTokenizer();
        DisposeAnalyzers();
        _directory.Dispose();
        _lock?.Dispose();
    }

    private void DisposeTopicTokenizer()
    {
        if (_topicTokenizer.IsValueCreated)
        {
            _topicTokenizer.Value.Dispose();
        }
    }

    private void DisposeAnalyzers()
    {
        if (!ReferenceEquals(_writeAnalyzer, _indexAnalyzer))
        {
            _writeAnalyzer.Dispose();
        }

        _bigramAnalyzer?.Dispose();
        _compiler.UserWords?.Dispose();
        _indexAnalyzer.Dispose();
        _queryAnalyzer.Dispose();
    }

    private IndexWriterSession Writer
    {
        get
        {
            ThrowIfDisposed();
            return _writer ?? throw new InvalidOperationException(
                $"The index at {IndexStorage.Describe(Path)} was opened read-only; open it without GovSearchIndexOptions.ReadOnly to write.");
        }
    }

    private static GovSearchIndex Construct(string? path, OpenedStorage storage, IndexManifest manifest, GovSearchIndexOptions options, bool create)
    {
        try
        {
            return new GovSearchIndex(path, storage, manifest, options, create);
        }
        catch
        {
            Release(storage);
            throw;
        }
    }

    /// <summary>Closes what an open or create took, the write lock last.</summary>
    private static void Release(OpenedStorage storage)
    {
        storage.Directory.Dispose();
        storage.Lock?.Dispose();
    }

    /// <summary>The options, defaulted and validated. Every way of opening or creating an index comes through here, so
    /// this is also where the analysis data every index shares starts loading (<see cref="AnalysisWarmUp"/>).</summary>
    private static GovSearchIndexOptions Checked(GovSearchIndexOptions? options)
    {
        options ??= new GovSearchIndexOptions();
        options.Validate();
        AnalysisWarmUp.Start((options.Analysis ?? AnalysisOptions.Default).Segmenter);
        return options;
    }

    private bool CommittedContains(string id) => WithSearcher(searcher => Find(searcher, id) is not null);

    private static int? Find(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1);
        return top.TotalHits > 0 ? top.ScoreDocs[0].Doc : null;
    }


    /// <summary>Turns an error Lucene raised while opening a commit into an <see cref="IndexCorruptException"/> that names
    /// the broken segments, when their checksums tell.</summary>
    private IndexCorruptException Named(Exception error)
    {
        try
        {
            new SegmentFileVerifier().VerifyLatest(Path!, _directory);
        }
        catch (IndexCorruptException named)
        {
            return named;
        }

        return new IndexCorruptException(Path!, [],
            $"The index at '{Path}' is damaged and cannot be read ({SegmentFileVerifier.Describe(error)}). Run 'govsearch check --index {Path}' to see what is lost, then repair it with --repair or rebuild it.", error);
    }

    /// <summary>Verifies the files of the commit the searchers now serve, once per file. On damage, every later read fails.</summary>
    private void VerifyCurrentCommit()
    {
        if (Path is null)
        {
            return;
        }

        var searcher = _searchers.Acquire();
        try
        {
            if (searcher.IndexReader is DirectoryReader reader)
            {
                _verifier.Verify(Path, _directory, reader.IndexCommit);
            }
        }
        catch (IndexCorruptException e)
        {
            Volatile.Write(ref _corruption, e);
            throw;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The index's query compiler (for tests that compare a compiled query's scoring paths).</summary>
    internal QueryCompiler Compiler => _compiler;

    internal T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        ThrowIfDisposed();
        if (Volatile.Read(ref _corruption) is { } corruption)
        {
            throw new IndexCorruptException(corruption.Path, corruption.BrokenSegments, corruption.Message, corruption);
        }

        var searcher = _searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            return Task.FromResult(work());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }

    private static async IAsyncEnumerable<GovDocument> One(GovDocument document)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return document;
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
