using GovSearch.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;
using GovSearch.Schema;

namespace GovSearch.Indexing;

/// <summary>
/// The one writer of an index: batches, commit and rollback, with the rule that a reader sees only whole commits
/// and a failed batch leaves the last commit as it was.
/// </summary>
/// <remarks>
/// <para>Batches and commits take turns through one gate, so a commit never lands in the middle of a batch. Within a
/// batch, documents are analyzed on several threads (Lucene's writer is thread-safe). The ids added or deleted
/// since the last commit are tracked, so duplicates are found before anything is written.</para>
/// <para>When storage fails (a full disk, a read-only folder, an input/output error), the session rolls back to the last
/// commit, opens a fresh Lucene writer (or, if storage still fails, opens one at the next write), and throws
/// <see cref="IndexWriteException"/>. Background merges cannot crash the process (<see cref="SafeMergeScheduler"/>).
/// <see cref="Dispose"/> never throws.</para>
/// </remarks>
internal sealed class IndexWriterSession : IDisposable, IAsyncDisposable
{
    /// <summary>A batch write reports its progress every this many documents.</summary>
    private const int ProgressEvery = 64;

    private readonly LuceneDirectory _directory;
    private readonly string? _path;
    private readonly Lucene.Net.Analysis.Analyzer _analyzer;
    private readonly GovSearchIndexOptions _options;
    private readonly Func<string, bool> _committedContains;
    private readonly Action _afterCommit;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, bool> _pending = new(StringComparer.Ordinal);
    private IndexWriter? _writer;

    /// <param name="directory">Where the index lives.</param>
    /// <param name="path">The folder, for messages; <see langword="null"/> in memory.</param>
    /// <param name="analyzer">The index analyzer.</param>
    /// <param name="manifest">What each commit records.</param>
    /// <param name="options">Threads and memory.</param>
    /// <param name="create">Start a new index with an empty first commit.</param>
    /// <param name="committedContains">Whether the last commit holds an id.</param>
    /// <param name="afterCommit">Makes searches see the latest commit.</param>
    public IndexWriterSession(
        LuceneDirectory directory,
        string? path,
        Lucene.Net.Analysis.Analyzer analyzer,
        IndexManifest manifest,
        GovSearchIndexOptions options,
        bool create,
        Func<string, bool> committedContains,
        Action afterCommit)
    {
        _directory = directory;
        _path = path;
        _analyzer = analyzer;
        Manifest = manifest;
        _options = options;
        _committedContains = committedContains;
        _afterCommit = afterCommit;
        var writer = NewWriter(create ? OpenMode.CREATE : OpenMode.APPEND);
        try
        {
            if (create)
            {
                writer.SetCommitData(Manifest.ToUserData());
                writer.Commit();
            }
        }
        catch
        {
            TryRollback(writer);
            throw;
        }

        _writer = writer;
    }

    /// <summary>What each commit records; replaced when topics are trained.</summary>
    public IndexManifest Manifest { get; private set; }

    /// <summary>Gives a new document its topic vector, when the index has a topic model.</summary>
    public Func<GovDocument, float[]?>? InferTopics { get; set; }

    /// <summary>Whether there are adds, updates or deletes since the last commit. Lucene's own flag also turns on when a
    /// background merge finishes, which changes no document, so the session counts the ids it was given instead.</summary>
    public bool HasUncommittedChanges => _pending.Count > 0;

    /// <summary>The generation of the commit readers see now (the latest one that can be read).</summary>
    public long CommittedGeneration
    {
        get
        {
            var infos = new SegmentInfos();
            infos.Read(_directory);
            return infos.Generation;
        }
    }

    /// <summary>Adds or replaces documents. On any failure, every change since the last commit is rolled back.</summary>
    public async Task<int> WriteAsync(IAsyncEnumerable<GovDocument> documents, bool replace, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var batch = new HashSet<string>(StringComparer.Ordinal);
            var written = 0;
            long characters = 0;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.IndexingThreads, CancellationToken = cancellationToken };
            try
            {
                var writer = Writer();
                await Parallel.ForEachAsync(documents, parallel, (document, _) =>
                {
                    // Storage failures are translated here, where they are known to come from the index: an input/output
                    // error of the documents' source (thrown by the enumeration) is not the index's and stays as it is.
                    WriteFailures.Run(_path, WriteFailures.Discarded, () => Write(writer, document, replace, batch));
                    var chars = Interlocked.Add(ref characters, document.Title.Length + document.Text.Length);
                    var done = Interlocked.Increment(ref written);
                    if (done % ProgressEvery == 0)
                    {
                        progress?.Report(new IndexingProgress { Stage = IndexingStage.Writing, Documents = done, Characters = chars });
                    }

                    return ValueTask.CompletedTask;
                }).ConfigureAwait(false);
                progress?.Report(new IndexingProgress { Stage = IndexingStage.Writing, Documents = written, TotalDocuments = written, Characters = characters });
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
            try
            {
                var existed = Contains(id);
                _pending[id] = false;
                Writer().DeleteDocuments(new Term(FieldNames.Id, id));
                return existed;
            }
            catch (Exception e) when (WriteFailures.Classify(e) is not null)
            {
                RollbackCore();
                throw WriteFailures.From(_path, e, WriteFailures.Discarded);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Commits; when storage fails, rolls back to the last commit and throws <see cref="IndexWriteException"/>.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            try
            {
                CommitCore();
            }
            catch (Exception e) when (WriteFailures.Classify(e) is not null)
            {
                RollbackCore();
                throw WriteFailures.From(_path, e, WriteFailures.Discarded);
            }

            Refresh();
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
    /// model's fingerprint. Call inside <see cref="ExclusiveAsync{T}"/>. On failure, rolls back; a storage failure is
    /// thrown as <see cref="IndexWriteException"/>, and <see cref="Manifest"/> then names the model of the commit on disk.</summary>
    public void ApplyTopics(IReadOnlyList<(string Id, float[] Vector)> vectors, string fingerprint)
    {
        try
        {
            var writer = Writer();
            foreach (var (id, vector) in vectors)
            {
                var term = new Term(FieldNames.Id, id);
                writer.UpdateBinaryDocValue(term, FieldNames.TopicVector, new Lucene.Net.Util.BytesRef(TopicVectorCodec.Encode(vector)));
                writer.UpdateNumericDocValue(term, FieldNames.DominantTopic, TopicVectorCodec.Dominant(vector));
                writer.UpdateNumericDocValue(term, FieldNames.TopicOrigin, TopicVectorCodec.Trained);
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
        catch (Exception e) when (WriteFailures.Classify(e) is not null)
        {
            RollbackCore();
            throw WriteFailures.From(_path, e, WriteFailures.TopicsKept);
        }
        catch
        {
            RollbackCore();
            throw;
        }

        Refresh();
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

    /// <summary>Discards uncommitted changes (a writer's close would commit them) and closes the writer, after any batch
    /// or commit under way. Never throws: a writer that cannot close (storage failing) is rolled back, which leaves the
    /// last commit as it is.</summary>
    public void Dispose()
    {
        _gate.Wait();
        CloseHoldingGate();
    }

    /// <summary>As <see cref="Dispose"/>, but waits for a batch or commit under way without blocking a thread.</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        CloseHoldingGate();
    }

    /// <summary>Closes the writer; the caller holds the gate, which this releases and disposes.</summary>
    private void CloseHoldingGate()
    {
        try
        {
            var writer = Interlocked.Exchange(ref _writer, null);
            if (writer is null)
            {
                return;
            }

            try
            {
                if (HasUncommittedChanges)
                {
                    writer.Rollback();
                }
                else
                {
                    writer.Dispose();
                }
            }
            catch (Exception)
            {
                TryRollback(writer);
            }
        }
        finally
        {
            _pending.Clear();
            _gate.Release();
            _gate.Dispose();
        }
    }

    private void Write(IndexWriter writer, GovDocument document, bool replace, HashSet<string> batch)
    {
        if (document.Validate(_options.MaximumTextLength) is { } problem)
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

        var dictionary = Manifest.TextDictionary ?? LearnTextDictionary(document.Text);
        var fields = DocumentMapper.ToLucene(document, InferTopics?.Invoke(document), Manifest.Analysis.CharacterBigrams ? Manifest.BigramPostings : null, dictionary, out _,
            Manifest.TextOffsets == TextOffsets.Spans ? _analyzer : null);
        if (replace)
        {
            writer.UpdateDocument(new Term(FieldNames.Id, document.Id), fields);
        }
        else
        {
            writer.AddDocument(fields);
        }
    }

    /// <summary>The texts written while the index has no text dictionary, until they are enough to train one.</summary>
    private readonly List<string> _untrained = [];

    private long _untrainedCharacters;

    /// <summary>Keeps <paramref name="text"/> for training the index's text dictionary; once the texts kept reach
    /// <see cref="TextDictionary.MinimumTrainingCharacters"/>, trains it and records it in the manifest, so it is in the
    /// next commit and compresses every later block. Returns the dictionary to write this text with, or null (storage 2).</summary>
    private TextDictionary? LearnTextDictionary(string text)
    {
        lock (_untrained)
        {
            if (Manifest.TextDictionary is { } trained)
            {
                return trained;
            }

            _untrained.Add(text);
            _untrainedCharacters += text.Length;
            if (_untrainedCharacters < TextDictionary.MinimumTrainingCharacters)
            {
                return null;
            }

            if (TextDictionary.Train(_untrained) is { } dictionary)
            {
                Manifest = Manifest with { TextDictionary = dictionary };
            }

            // Trained, or training failed (it tries again on the next texts).
            _untrained.Clear();
            _untrainedCharacters = 0;

            // This text was already counted among the training texts: it stays in storage 2 like them.
            return null;
        }
    }

    /// <summary>Commits; the caller refreshes searches (<see cref="Refresh"/>) once it knows the commit succeeded.</summary>
    private void CommitCore()
    {
        var writer = Writer();
        writer.SetCommitData(Manifest.ToUserData());
        writer.Commit();
        _pending.Clear();
    }

    private bool Contains(string id) => _pending.TryGetValue(id, out var present) ? present : _committedContains(id);

    /// <summary>The open Lucene writer, or a new one when the last was dropped after a failure.</summary>
    /// <exception cref="IndexWriteException">Storage still fails.</exception>
    private IndexWriter Writer() =>
        _writer ??= WriteFailures.Run(_path, WriteFailures.Discarded, () => NewWriter(OpenMode.APPEND));

    /// <summary>
    /// Discards every change since the last commit. Never throws: Lucene's rollback writes no commit, and releases the
    /// write lock even when it fails, so the last commit is intact whatever storage does. A fresh writer is opened at
    /// once, or at the next write when storage still fails; the manifest and the searches then follow the commit that is
    /// really on disk (a commit whose last step failed may have landed after all; see <see cref="IndexWriteException"/>).
    /// </summary>
    private void RollbackCore()
    {
        _pending.Clear();
        if (Interlocked.Exchange(ref _writer, null) is { } old)
        {
            TryRollback(old);
        }

        try
        {
            var writer = NewWriter(OpenMode.APPEND);
            _writer = writer;
            Manifest = IndexManifest.FromUserData(IndexStorage.Describe(_path), writer.CommitData);
        }
        catch (Exception e) when (WriteFailures.Classify(e) is not null)
        {
            // Storage still fails: the next write opens the writer again and reports the failure.
        }

        Refresh();
    }

    /// <summary>Makes searches see the latest commit; a storage failure leaves them on the one they saw.</summary>
    private void Refresh()
    {
        try
        {
            _afterCommit();
        }
        catch (Exception e) when (WriteFailures.Classify(e) is not null)
        {
            // Reading failed too; the searches keep their snapshot, which is a whole commit.
        }
    }

    private static void TryRollback(IndexWriter writer)
    {
        try
        {
            writer.Rollback();
        }
        catch (Exception)
        {
            // Rollback writes no commit and releases Lucene's lock in its own finally block; there is nothing else to undo.
        }
    }

    private IndexWriter NewWriter(OpenMode mode)
    {
        if (mode == OpenMode.APPEND)
        {
            LeftoverFiles.Delete(_directory);
        }

        var config = new IndexWriterConfig(Analysis.GovAnalyzer.Version, _analyzer)
        {
            OpenMode = mode,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = _options.RamBufferSizeMB,
            MaxThreadStates = Math.Max(_options.IndexingThreads, 1),
            MergeScheduler = new SafeMergeScheduler(),
        };
        return new IndexWriter(_directory, config);
    }
}
