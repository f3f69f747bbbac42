using GovSearch.Indexing;
using GovSearch.Storage;

namespace GovSearch.Cli;

/// <summary>
/// --rebuild: the new index is built beside the old one (<c>FOLDER.rebuild</c>) and swapped in only when complete, so a
/// failed, cancelled or killed rebuild leaves the old index as it was. Only a GovSearch index (or an empty folder) is ever
/// replaced. The old folder's write lock is held from start to swap, so no other writer can use the old index meanwhile,
/// and a second rebuild of the same folder is refused instead of deleting the first one's work.
/// </summary>
internal sealed class IndexReplacement : IDisposable
{
    private readonly WriteLock _lock;

    private IndexReplacement(string folder, WriteLock held)
    {
        Folder = folder;
        _lock = held;
        Building = Trimmed(folder) + ".rebuild";
    }

    /// <summary>The folder being replaced.</summary>
    public string Folder { get; }

    /// <summary>Where the replacement is built.</summary>
    public string Building { get; }

    /// <summary>Takes the folder's write lock, checks that it holds a GovSearch index or nothing, and clears the build folder.</summary>
    /// <exception cref="IndexLockedException">Another writer holds the folder.</exception>
    /// <exception cref="IndexFormatException">The folder holds something other than a GovSearch index.</exception>
    public static IndexReplacement Begin(string folder)
    {
        var full = Path.GetFullPath(folder);
        var old = Trimmed(full) + ".old";
        if (!Directory.Exists(full) && Directory.Exists(old))
        {
            // A swap without atomic exchange was stopped between its two moves: put the old index back.
            Directory.Move(old, full);
        }

        // Checked before the lock is taken, so a folder that holds something else gets no lock file; and again under it.
        RefuseUnlessIndex(full);
        WriteFailures.Run(full, WriteFailures.NothingWritten, () => Directory.CreateDirectory(full));
        var held = IndexStorage.AcquireLock(full);
        try
        {
            RefuseUnlessIndex(full);
            var replacement = new IndexReplacement(full, held);
            if (Directory.Exists(replacement.Building))
            {
                // Left by a rebuild that was stopped; only a holder of the folder's lock (we are) ever writes it.
                Directory.Delete(replacement.Building, recursive: true);
            }

            return replacement;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Throws <see cref="IndexFormatException"/> for a folder holding anything but a GovSearch index, so nothing
    /// else is ever deleted.</summary>
    private static void RefuseUnlessIndex(string full)
    {
        if (!IndexStorage.HoldsFiles(full))
        {
            return;
        }

        try
        {
            GovSearchIndex.Open(full, new GovSearchIndexOptions { ReadOnly = true }).Dispose();
        }
        catch (IndexFormatException e) when (e.FoundSchemaVersion is not null)
        {
            // A GovSearch index of another schema version: rebuilding is the cure.
        }
    }

    /// <summary>Puts the finished replacement in place of the folder, then releases the lock. Call after the index
    /// built in <see cref="Building"/> is committed and disposed.</summary>
    public void Commit()
    {
        if (FolderSwap.TryExchange(Building, Folder))
        {
            // Building now holds the old index.
            _lock.Dispose();
            Directory.Delete(Building, recursive: true);
            return;
        }

        var old = Trimmed(Folder) + ".old";
        _lock.Dispose();
        Directory.Move(Folder, old);
        Directory.Move(Building, Folder);
        Directory.Delete(old, recursive: true);
    }

    /// <summary>Releases the lock; the old index stays as it was if <see cref="Commit"/> was not called.</summary>
    public void Dispose() => _lock.Dispose();

    private static string Trimmed(string folder) => folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
}
