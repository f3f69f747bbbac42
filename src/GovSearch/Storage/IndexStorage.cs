using GovSearch.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovSearch.Storage;

/// <summary>
/// Where an index's bytes live: a folder on disk (memory-mapped where the platform allows) or memory.
/// Checks what a folder holds before anything writes to it.
/// </summary>
internal static class IndexStorage
{
    /// <summary>Opens the directory of an existing index and reads its manifest without writing anything.</summary>
    /// <exception cref="IndexNotFoundException">The folder does not exist or is empty.</exception>
    /// <exception cref="IndexFormatException">The folder holds something else.</exception>
    public static (LuceneDirectory Directory, IndexManifest Manifest) OpenExisting(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!System.IO.Directory.Exists(full) || !System.IO.Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new IndexNotFoundException(full);
        }

        var directory = FSDirectory.Open(new DirectoryInfo(full));
        try
        {
            return (directory, ReadManifest(full, directory));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Prepares a folder for a new index. It must not exist, or be empty.</summary>
    /// <exception cref="IndexFormatException">The folder holds files, an index among them or not.</exception>
    public static LuceneDirectory CreateNew(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new IndexFormatException(full, $"'{full}' is a file; an index needs a folder.");
        }

        if (System.IO.Directory.Exists(full) && System.IO.Directory.EnumerateFileSystemEntries(full).Any())
        {
            using var existing = FSDirectory.Open(new DirectoryInfo(full));
            var what = DirectoryReader.IndexExists(existing) ? "an index already" : "other files";
            throw new IndexFormatException(full, $"'{full}' holds {what}; create the index in an empty or new folder, or open the existing one.");
        }

        System.IO.Directory.CreateDirectory(full);
        return FSDirectory.Open(new DirectoryInfo(full));
    }

    /// <summary>A new in-memory directory.</summary>
    public static LuceneDirectory CreateInMemory() => new RAMDirectory();

    /// <summary>Reads the manifest of the latest commit.</summary>
    public static IndexManifest ReadManifest(string path, LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            throw new IndexFormatException(path, $"'{path}' is not a GovSearch index: it holds files but no index commit. Choose another folder, or empty this one.");
        }

        IList<IndexCommit> commits;
        try
        {
            commits = DirectoryReader.ListCommits(directory);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            throw new IndexFormatException(path, $"The index at '{path}' cannot be read ({e.Message}). Rebuild it.", e);
        }

        return IndexManifest.FromUserData(path, commits[^1].UserData);
    }

    /// <summary>Describes a directory for messages.</summary>
    public static string Describe(string? path) => path ?? "(in memory)";

    /// <summary>The manifest written with each commit of a new or open index.</summary>
    public static IndexManifest Current(AnalysisOptions analysis) => new(IndexManifest.CurrentSchemaVersion, analysis);
}
