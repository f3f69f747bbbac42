using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovSearch.Storage;

/// <summary>
/// Removes the index files no readable commit references: what a failed flush, merge or commit left behind when storage
/// also refused their deletion. Run under the write lock before a Lucene writer opens.
/// </summary>
/// <remarks>
/// Lucene.Net 4.8's writer would otherwise queue those files for deletion and reuse their names for its next segment
/// (the counter comes from the last commit), then delete the new segment's files when it retries the queue: a commit
/// that names files which no longer exist. Lucene fixed this in 4.10 (LUCENE-5919); until then, a writer opens only
/// over a folder with no leftovers, and when they cannot be deleted, storage is still failing and the open fails too.
/// Files of every readable commit are kept, as are the lock and <c>segments.gen</c>; a <c>segments_N</c> that cannot
/// be read is a commit that never completed, and goes.
/// </remarks>
internal static class LeftoverFiles
{
    /// <summary>Deletes every leftover index file.</summary>
    /// <exception cref="IOException">A leftover cannot be deleted (storage is still failing).</exception>
    public static void Delete(LuceneDirectory directory)
    {
        var files = directory.ListAll();
        var keep = new HashSet<string>(StringComparer.Ordinal) { WriteLock.FileName, IndexFileNames.SEGMENTS_GEN };
        foreach (var name in files.Where(IsCommitFile))
        {
            try
            {
                var commit = new SegmentInfos();
                commit.Read(directory, name);
                keep.UnionWith(commit.GetFiles(directory, includeSegmentsFile: true));
            }
            catch (IOException)
            {
                // Not readable: a commit that never completed.
            }
        }

        foreach (var name in files.Where(f => !keep.Contains(f) && (IsCommitFile(f) || IsSegmentFile(f))))
        {
            directory.DeleteFile(name);
        }
    }

    private static bool IsCommitFile(string name) =>
        name.StartsWith(IndexFileNames.SEGMENTS + "_", StringComparison.Ordinal);

    private static bool IsSegmentFile(string name)
    {
        var match = IndexFileNames.CODEC_FILE_PATTERN.Match(name);
        return match.Success && match.Index == 0 && match.Length == name.Length;
    }
}
