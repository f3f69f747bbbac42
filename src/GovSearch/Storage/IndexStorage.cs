using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovSearch.Storage;

/// <summary>
/// Where an index's bytes live: a folder on disk (memory-mapped where the platform allows) or memory.
/// Checks what a folder holds before anything writes to it, and takes the folder's <see cref="WriteLock"/> first.
/// </summary>
internal static class IndexStorage
{
    /// <summary>Opens the directory of an existing index and reads its manifest without writing anything.</summary>
    /// <param name="path">The folder, as a full path.</param>
    /// <param name="writing">Take the folder's write lock first, and keep it in the returned <see cref="OpenedStorage.Lock"/>.</param>
    /// <param name="verifier">Verifies the commit's files; a new <see cref="SegmentFileVerifier"/>, which reads every file, when null.</param>
    /// <exception cref="IndexMissingException">The folder does not exist or is empty.</exception>
    /// <exception cref="IndexFormatException">The folder holds something else.</exception>
    /// <exception cref="IndexCorruptException">The latest commit, or a file of one of its segments, is damaged or missing.</exception>
    /// <exception cref="IndexLockedException">Writing, and another writer holds the folder.</exception>
    public static OpenedStorage OpenExisting(string path, bool writing, SegmentFileVerifier? verifier = null)
    {
        if (!HoldsFiles(path))
        {
            throw new IndexMissingException(path);
        }

        // Read the manifest before taking the lock, so a folder that is not a GovSearch index is refused without a lock
        // file being written into it; then again under the lock, in case the index changed meanwhile.
        var unlocked = ReadManifest(path, null, verifier);
        if (!writing)
        {
            return unlocked;
        }

        unlocked.Directory.Dispose();

        var held = AcquireLock(path);
        try
        {
            return ReadManifest(path, held, unlocked.Verifier);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Opens the directory, verifies the files of its latest commit (those <paramref name="verifier"/> has not
    /// verified yet) and reads the commit's manifest. Only the commit and segment info files are parsed here: the
    /// segments themselves are opened once, by the index's searchers (<see cref="OpenSearchers"/>).</summary>
    private static OpenedStorage ReadManifest(string path, WriteLock? held, SegmentFileVerifier? verifier = null)
    {
        var directory = FSDirectory.Open(new DirectoryInfo(path), new HeldLockFactory(held));
        try
        {
            var commit = ReadCommit(path, directory);
            verifier ??= new SegmentFileVerifier();
            verifier.Verify(path, directory, commit);
            return new OpenedStorage(directory, held, IndexManifest.FromUserData(path, commit.UserData), verifier);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Prepares a folder for a new index and takes its write lock. The folder must not exist, or be empty.</summary>
    /// <exception cref="IndexFormatException">The folder holds files, an index among them or not.</exception>
    /// <exception cref="IndexLockedException">Another writer holds the folder.</exception>
    public static OpenedStorage CreateNew(string path)
    {
        if (File.Exists(path))
        {
            throw new IndexFormatException(path, $"'{path}' is a file; an index needs a folder.");
        }

        // Checked before the lock is taken, so a folder that holds something else gets no lock file; and again under it.
        RefuseUnlessEmpty(path);
        WriteFailures.Run(path, WriteFailures.NothingWritten, () => System.IO.Directory.CreateDirectory(path));
        var held = AcquireLock(path);
        try
        {
            RefuseUnlessEmpty(path);
            return new OpenedStorage(FSDirectory.Open(new DirectoryInfo(path), new HeldLockFactory(held)), held, null);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Takes a folder's write lock; a folder that cannot be written (a read-only file system, a full disk, an
    /// immutable folder) is refused with <see cref="IndexWriteException"/>, and gets no lock file.</summary>
    /// <exception cref="IndexLockedException">Another writer holds the folder.</exception>
    /// <exception cref="IndexWriteException">The lock file cannot be created or opened for writing.</exception>
    public static WriteLock AcquireLock(string path) =>
        WriteFailures.Run(path, WriteFailures.NothingWritten, () => WriteLock.Acquire(path));

    /// <summary>Opens what a directory handed in holds: its manifest when it holds an index, none when it is empty.</summary>
    /// <exception cref="IndexFormatException">The directory holds an index GovSearch cannot open.</exception>
    public static OpenedStorage OpenDirectory(LuceneDirectory directory, string? path, WriteLock? held)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return new OpenedStorage(directory, held, null);
        }

        return new OpenedStorage(directory, held, IndexManifest.FromUserData(Describe(path), ReadCommit(Describe(path), directory).UserData));
    }

    private static void RefuseUnlessEmpty(string path)
    {
        if (HoldsFiles(path))
        {
            using var existing = FSDirectory.Open(new DirectoryInfo(path), new HeldLockFactory(null));
            var what = DirectoryReader.IndexExists(existing) ? "an index already" : "other files";
            throw new IndexFormatException(path, $"'{path}' holds {what}; create the index in an empty or new folder, or open the existing one.");
        }
    }

    /// <summary>Whether a folder exists and holds anything but a lock file (which a writer leaves behind on purpose).</summary>
    public static bool HoldsFiles(string path) =>
        System.IO.Directory.Exists(path)
        && System.IO.Directory.EnumerateFileSystemEntries(path).Any(e => !string.Equals(System.IO.Path.GetFileName(e), WriteLock.FileName, StringComparison.Ordinal));

    /// <summary>A new in-memory directory.</summary>
    public static LuceneDirectory CreateInMemory() => new RAMDirectory();

    /// <summary>Describes a directory for messages.</summary>
    public static string Describe(string? path) => path ?? "(in memory)";

    /// <summary>The manifest written with each commit of a new or open index.</summary>
    public static IndexManifest Current(AnalysisOptions analysis) => new(IndexManifest.CurrentSchemaVersion, analysis);

    /// <summary>Reads the latest commit (its segments file and the segments' info files). Lucene retries when a writer
    /// elsewhere commits meanwhile, so this sees the commit before or the commit after, never a half-written one or an
    /// error.</summary>
    private static SegmentInfos ReadCommit(string path, LuceneDirectory directory)
    {
        RequireCommit(path, directory);
        return Opening(path, directory, () =>
        {
            var infos = new SegmentInfos();
            infos.Read(directory);
            return infos;
        });
    }

    /// <summary>The searchers of an index: its latest commit's segments opened (the first time anything reads them),
    /// with Lucene's errors turned into the library's, as for the commit.</summary>
    /// <exception cref="IndexFormatException">The index was written by a Lucene version this one cannot read.</exception>
    /// <exception cref="IndexCorruptException">A segment cannot be read.</exception>
    public static SearcherManager OpenSearchers(string? path, LuceneDirectory directory, SearcherFactory factory)
    {
        var described = Describe(path);
        return Opening(described, directory, () => new SearcherManager(directory, factory));
    }

    private static void RequireCommit(string path, LuceneDirectory directory)
    {
        if (DirectoryReader.IndexExists(directory))
        {
            return;
        }

        if (System.IO.Directory.Exists(path) && LooksLikeIndexFiles(path))
        {
            throw new IndexCorruptException(path, [IndexFileNames.SEGMENTS],
                $"The index at '{path}' is damaged: it holds segment files but no readable commit (segments_N is missing). It cannot be repaired; rebuild it from your documents.");
        }

        throw new IndexFormatException(path, $"'{path}' is not a GovSearch index: it holds files but no index commit. Choose another folder, or empty this one.");
    }

    /// <summary>Runs a read of the latest commit, turning Lucene's errors into the library's.</summary>
    private static T Opening<T>(string path, LuceneDirectory directory, Func<T> open)
    {
        try
        {
            return open();
        }
        catch (Exception e) when (e is IndexFormatTooOldException or IndexFormatTooNewException)
        {
            throw new IndexFormatException(path, $"The index at '{path}' cannot be read ({e.Message}). Rebuild it with this version of GovSearch.", e);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or ArgumentException or IndexOutOfRangeException)
        {
            // Lucene.Net reports some damage (a truncated compound file) as an out-of-range argument.
            var commit = CommitFileName(directory);
            var damaged = commit is not null && e.Message.Contains(commit, StringComparison.Ordinal);
            if (damaged || e.Message.Contains(".si", StringComparison.Ordinal))
            {
                throw SegmentFileVerifier.UnreadableCommit(path, commit ?? IndexFileNames.SEGMENTS, e);
            }

            // Name the broken segments when their checksums say which (only a folder on disk has files to read).
            if (System.IO.Directory.Exists(path))
            {
                new SegmentFileVerifier().VerifyLatest(path, directory);
            }

            throw new IndexCorruptException(path, [],
                $"The index at '{path}' is damaged and cannot be opened ({SegmentFileVerifier.Describe(e)}). Run 'govsearch check --index {path}' to see what is lost, then repair it with --repair or rebuild it.", e);
        }
    }

    /// <summary>The name of the latest commit file, or <see langword="null"/> when there is none.</summary>
    internal static string? CommitFileName(LuceneDirectory directory)
    {
        try
        {
            return SegmentInfos.GetLastCommitSegmentsFileName(directory);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Whether a folder holds Lucene segment files (<c>_0.si</c>, <c>_0.cfs</c>, <c>segments.gen</c>), as an index
    /// whose commit file was lost does.</summary>
    internal static bool LooksLikeIndexFiles(string path) =>
        System.IO.Directory.EnumerateFiles(path).Select(System.IO.Path.GetFileName)
            .Any(name => name is not null && (name == IndexFileNames.SEGMENTS_GEN || (name.StartsWith('_') && name.EndsWith(".si", StringComparison.Ordinal))));
}
