using GovSearch.Documents;
using GovSearch.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovSearch.Indexing;

/// <summary>
/// The one writer of an index: batches, commit and rollback, with the rule that a reader sees only whole commits
/// and a failed batch leaves the last commit as it was.
/// </summary>
/// <remarks>
/// Batches and commits take turns through one gate, so a commit never lands in the middle of a batch. Within a
/// batch, documents are analyzed on several threads (Lucene's writer is thread-safe). The ids added or deleted
/// since the last commit are tracked, so duplicates are found before anything is written.
/// </remarks>
internal sealed class IndexWriterSession : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly Lucene.Net.Analysis.Analyzer _analyzer;
    private readonly IndexOptions _options;
    private readonly Func<string, bool> _committedContains;
    private readonly Action _afterCommit;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, bool> _pending = new(StringComparer.Ordinal);
    private IndexWriter _writer;

    public IndexWriterSession(
        LuceneDirectory directory,
        Lucene.Net.Analysis.Analyzer analyzer,
        IndexManifest manifest,
        IndexOptions options,
        bool create,
        Func<string, bool> committedContains,
        Action afterCommit)
    {
        _directory = directory;
        _analyzer = analyzer;
        Manifest = manifest;
        _options = options;
        _committedContains = committedContains;
        _afterCommit = afterCommit;
        _writer = NewWriter(create ? OpenMode.CREATE : OpenMode.APPEND);
        if (create)
        {
            _writer.SetCommitData(Manifest.ToUserData());
            _writer.Commit();
        }
    }

    /// <summary>What each commit records; replaced when topics are trained.</summary>
    public IndexManifest Manifest { get; private set; }

    /// <summary>Gives a new document its topic vector, when the index has a topic model.</summary>
    public Func<GovDocument, float[]?>? InferTopics { get; set; }

    public bool HasUncommittedChanges => _pending.Count > 0 || _writer.HasUncommittedChanges();

    /// <summary>Adds or replaces documents. On any failure, every change since the last commit is rolled back.</summary>
    public async Task<int> WriteAsync(IAsyncEnumerable<GovDocument> documents, bool replace, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var batch = new HashSet<string>(StringComparer.Ordinal);
            var written = 0;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.IndexingThreads, CancellationToken = cancellationToken };
            try
            {
                await Parallel.ForEachAsync(documents, parallel, (document, _) =>
                {
                    Write(document, replace, batch);
                    Interlocked.Increment(ref written);
                    return ValueTask.CompletedTask;
                }).ConfigureAwait(false);
            }
            catch
            {
                RollbackCore();
                throw;
            }

            return written;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var existed = Contains(id);
            _writer.DeleteDocuments(new Term(FieldNames.Id, id));
            _pending[id] = false;
            return existed;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            CommitCore();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs work with the writer to itself (no batch or commit meanwhile), on the thread pool.</summary>
    /// <exception cref="InvalidOperationException">There are uncommitted changes.</exception>
    public async Task<T> ExclusiveAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (HasUncommittedChanges)
            {
                throw new InvalidOperationException("The index has uncommitted changes; commit or roll them back before training topics.");
            }

            return await Task.Run(work, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes trained topic vectors in place (updatable doc values, no re-analysis) and commits them with the
    /// model's fingerprint. Call inside <see cref="ExclusiveAsync{T}"/>. On failure, rolls back.</summary>
    public void ApplyTopics(IReadOnlyList<(string Id, float[] Vector)> vectors, string fingerprint)
    {
        try
        {
            foreach (var (id, vector) in vectors)
            {
                var term = new Term(FieldNames.Id, id);
                _writer.UpdateBinaryDocValue(term, FieldNames.TopicVector, new Lucene.Net.Util.BytesRef(TopicVectorCodec.Encode(vector)));
                _writer.UpdateNumericDocValue(term, FieldNames.DominantTopic, TopicVectorCodec.Dominant(vector));
                _writer.UpdateNumericDocValue(term, FieldNames.TopicOrigin, TopicVectorCodec.Trained);
            }

            var previous = Manifest;
            Manifest = Manifest with { TopicsFingerprint = fingerprint };
            try
            {
                CommitCore();
            }
            catch
            {
                Manifest = previous;
                throw;
            }
        }
        catch
        {
            RollbackCore();
            throw;
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            RollbackCore();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Discards uncommitted changes (a writer's close would commit them) and closes the writer.</summary>
    public void Dispose()
    {
        _gate.Wait();
        try
        {
            if (HasUncommittedChanges)
            {
                _writer.Rollback();
            }
            else
            {
                _writer.Dispose();
            }
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }

    private void Write(GovDocument document, bool replace, HashSet<string> batch)
    {
        if (document.Validate(_options.MaxTextLength) is { } problem)
        {
            throw new InvalidDocumentException(document.Id, problem);
        }

        bool? pending;
        lock (_pending)
        {
            if (!batch.Add(document.Id))
            {
                throw new DuplicateDocumentException(document.Id);
            }

            pending = _pending.TryGetValue(document.Id, out var present) ? present : null;
        }

        // The committed snapshot is read without the lock, so indexing threads do not queue behind each other's id look-ups.
        // Batches take turns through the gate and ids are unique within a batch, so no other thread can add this id meanwhile.
        if (!replace && (pending ?? _committedContains(document.Id)))
        {
            throw new DuplicateDocumentException(document.Id);
        }

        lock (_pending)
        {
            _pending[document.Id] = true;
        }

        var fields = DocumentMapper.ToLucene(document, InferTopics?.Invoke(document), out _);
        if (replace)
        {
            _writer.UpdateDocument(new Term(FieldNames.Id, document.Id), fields);
        }
        else
        {
            _writer.AddDocument(fields);
        }
    }

    private void CommitCore()
    {
        _writer.SetCommitData(Manifest.ToUserData());
        _writer.Commit();
        _pending.Clear();
        _afterCommit();
    }

    private bool Contains(string id) => _pending.TryGetValue(id, out var present) ? present : _committedContains(id);

    private void RollbackCore()
    {
        _writer.Rollback();
        _pending.Clear();
        _writer = NewWriter(OpenMode.APPEND);
    }

    private IndexWriter NewWriter(OpenMode mode)
    {
        var config = new IndexWriterConfig(Analysis.GovAnalyzer.Version, _analyzer)
        {
            OpenMode = mode,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = _options.RamBufferSizeMB,
            MaxThreadStates = Math.Max(_options.IndexingThreads, 1),
        };
        return new IndexWriter(_directory, config);
    }
}
