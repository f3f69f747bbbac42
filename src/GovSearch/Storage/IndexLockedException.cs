namespace GovSearch;

/// <summary>
/// Another writer holds the index folder: a <see cref="GovSearchIndex"/> opened for writing in this process or
/// another. Nothing on disk was changed. Close that writer first, or open this one with
/// <see cref="GovSearchIndexOptions.ReadOnly"/>: readers take no lock and see the writer's commits.
/// </summary>
public sealed class IndexLockedException : GovSearchException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="innerException">The operating system's error, if any.</param>
    public IndexLockedException(string path, Exception? innerException = null)
        : base($"The index at '{path}' is being written by another writer (another process or another instance holds its write lock). Wait for it to finish, or open the index read-only.", innerException)
    {
        Path = path;
    }

    /// <summary>The folder.</summary>
    public string Path { get; }
}
