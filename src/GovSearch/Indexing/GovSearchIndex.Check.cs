using GovSearch.Indexing;

namespace GovSearch;

/// <summary>The maintenance half of <see cref="GovSearchIndex"/>: checking a folder for damage and repairing it.</summary>
public sealed partial class GovSearchIndex
{
    /// <summary>
    /// Checks the index in a folder for damage, without opening it as an index (so a damaged index can be checked) and
    /// without changing anything: verifies the checksum of every file of the latest commit, runs Lucene's CheckIndex, and
    /// reads the GovSearch manifest. Reads every byte of the index; expect it to take as long as reading the folder once.
    /// Takes no lock: a writer committing meanwhile may delete files the check is reading, which then look damaged, so
    /// check an index no writer is using (or check again).
    /// </summary>
    /// <param name="path">The index folder.</param>
    /// <param name="cancellationToken">Checked between stages and between segments.</param>
    /// <returns>Each segment with its document count and problem, and any damage to the index as a whole.</returns>
    /// <exception cref="IndexMissingException">The folder does not exist or is empty.</exception>
    /// <exception cref="IndexFormatException">The folder holds files, but no index.</exception>
    public static Task<IndexCheckReport> CheckAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        return Task.Run(() => IndexChecker.Check(full, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Repairs a damaged index by dropping its broken segments, with their documents; every document of a healthy segment
    /// is kept. Takes the folder's write lock for the whole repair. When documents are dropped the topic model, trained on
    /// documents that are now gone, is removed: topics and hybrid search are refused until it is trained again. Call
    /// <see cref="CheckAsync"/> first to learn (and tell the user) what will be lost.
    /// </summary>
    /// <param name="path">The index folder.</param>
    /// <param name="cancellationToken">Checked until the new commit is written; not after.</param>
    /// <returns>The segments dropped (none when the index was healthy: then nothing is changed).</returns>
    /// <exception cref="IndexMissingException">The folder does not exist or is empty.</exception>
    /// <exception cref="IndexFormatException">The folder holds files, but no index.</exception>
    /// <exception cref="IndexLockedException">Another writer holds the folder.</exception>
    /// <exception cref="IndexCorruptException">The damage cannot be repaired by dropping segments (the commit file or the
    /// manifest is damaged or missing); rebuild the index.</exception>
    public static Task<IndexRepairResult> RepairAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        return Task.Run(() => IndexChecker.Repair(full, cancellationToken), cancellationToken);
    }
}
