using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovSearch.Storage;

/// <summary>
/// Removes the index files no readable commit references: what a failed flush, merge or commit left behind when storage
/// also refused their deletion. Run under the write lock before a Lucene writer opens.
/// </summary>
/// <remarks>
/// <para>Lucene.Net 4.8's writer would otherwise queue those files for deletion, reuse their names for its next segment
/// or commit (segment names and commit generations continue from the last commit), and delete the new files when it
/// retried the queue: the first commit after recovery then named files that were gone. Lucene fixed this in 4.10
/// (LUCENE-5919). Here a writer opens only when every leftover whose name could come again is gone; when one cannot be
/// deleted, storage is still failing, and the open fails too (the session tries again at the next write).</para>
/// <para>Files of every readable commit are kept, as are the lock and <c>segments.gen</c>. A <c>segments_N</c> that
/// cannot be read is a commit that never completed. Older leftovers, whose names never come again, are deleted when
/// possible (on Windows a reader may still hold one open) and otherwise left to Lucene.</para>
/// </remarks>
internal static class LeftoverFiles
{
    /// <summary>Deletes the leftover index files.</summary>
    /// <exception cref="IOException">A leftover whose name could be reused cannot be deleted (storage is still failing).</exception>
    public static void Delete(LuceneDirectory directory)
    {
        var files = directory.ListAll();
        var keep = new HashSet<string>(StringComparer.Ordinal) { WriteLock.FileName, IndexFileNames.SEGMENTS_GEN };
        long nextSegment = 0, lastGeneration = 0;
        foreach (var name in files.Where(IsCommitFile))
        {
            try
            {
                var commit = new SegmentInfos();
                commit.Read(directory, name);
                keep.UnionWith(commit.GetFiles(directory, includeSegmentsFile: true));
                nextSegment = Math.Max(nextSegment, commit.Counter);
                lastGeneration = Math.Max(lastGeneration, commit.Generation);
            }
            catch (IOException)
            {
                // Not readable: a commit that never completed.
            }
        }

        foreach (var name in files.Where(f => !keep.Contains(f)))
        {
            bool reusable;
            if (IsCommitFile(name))
            {
                reusable = SegmentInfos.GenerationFromSegmentsFileName(name) > lastGeneration;
            }
            else if (SegmentNumber(name) is { } segment)
            {
                reusable = segment >= nextSegment;
            }
            else
            {
                continue;
            }

            try
            {
                directory.DeleteFile(name);
            }
            catch (IOException) when (!reusable)
            {
                // Its name never comes again; Lucene deletes it later.
            }
        }
    }

    private static bool IsCommitFile(string name) =>
        name.StartsWith(IndexFileNames.SEGMENTS + "_", StringComparison.Ordinal);

    /// <summary>The number of the segment a codec file belongs to (<c>_3.cfs</c>, <c>_a_1.del</c>: base 36), or
    /// <see langword="null"/> for a file that is not one.</summary>
    private static long? SegmentNumber(string name)
    {
        var match = IndexFileNames.CODEC_FILE_PATTERN.Match(name);
        if (!match.Success || match.Index != 0 || match.Length != name.Length)
        {
            return null;
        }

        long number = 0;
        foreach (var c in IndexFileNames.ParseSegmentName(name).AsSpan(1))
        {
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'z' ? c - 'a' + 10 : -1;
            if (digit < 0 || number > long.MaxValue / 36)
            {
                return null;
            }

            number = (number * 36) + digit;
        }

        return number;
    }
}
