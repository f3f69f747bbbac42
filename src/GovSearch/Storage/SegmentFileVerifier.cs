using System.Collections.Concurrent;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovSearch.Storage;

/// <summary>
/// Verifies the CRC-32 footer of every file of a commit (Lucene 4.8 ends each index file with one) before an index
/// serves it, so that damage is found at open or refresh and not, lazily, in the middle of a search. Each file is read
/// once per instance: a file already verified with the same name and length is skipped (Lucene never rewrites a file
/// under the same name), so a refresh reads only the files the new commit added.
/// </summary>
internal sealed class SegmentFileVerifier
{
    private readonly ConcurrentDictionary<string, long> _verified = new(StringComparer.Ordinal);

    /// <summary>Verifies the files of <paramref name="commit"/> not verified yet.</summary>
    /// <exception cref="IndexCorruptException">A file fails its checksum, is truncated, or is missing.</exception>
    public void Verify(string path, LuceneDirectory directory, IndexCommit commit) =>
        Verify(path, directory, commit.SegmentsFileName, commit.FileNames);

    /// <summary>Verifies the files of the latest commit in the directory not verified yet.</summary>
    /// <exception cref="IndexCorruptException">The commit file or a file of one of its segments is damaged or missing.</exception>
    public void VerifyLatest(string path, LuceneDirectory directory)
    {
        var infos = new SegmentInfos();
        try
        {
            infos.Read(directory);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            var commit = IndexStorage.CommitFileName(directory) ?? IndexFileNames.SEGMENTS;
            throw new IndexCorruptException(path, [commit],
                $"The index at '{path}' is damaged: its commit file {commit} cannot be read ({Describe(e)}). It cannot be repaired; rebuild it from your documents.", e);
        }

        Verify(path, directory, infos.GetSegmentsFileName(), infos.GetFiles(directory, true));
    }

    private void Verify(string path, LuceneDirectory directory, string commitFile, IEnumerable<string> files)
    {
        var broken = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Exception? first = null;
        var missing = false;
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            try
            {
                var length = directory.FileLength(file);
                if (_verified.TryGetValue(file, out var known) && known == length)
                {
                    continue;
                }

                using (var input = directory.OpenInput(file, IOContext.READ_ONCE))
                {
                    CodecUtil.ChecksumEntireFile(input);
                }

                _verified[file] = length;
            }
            catch (Exception e) when (e is IOException or CorruptIndexException)
            {
                missing |= e is FileNotFoundException or DirectoryNotFoundException;
                first ??= e;
                broken.TryAdd(SegmentOf(file), $"{file}: {Describe(e)}");
            }
        }

        // A writer elsewhere may have committed and deleted the files of the commit being verified (files are never
        // changed, only deleted): a missing file is damage only while its commit is still the latest.
        if (broken.Count > 0 && missing && IndexStorage.CommitFileName(directory) != commitFile)
        {
            var damaged = broken.Where(b => !b.Value.EndsWith(Describe(new FileNotFoundException()), StringComparison.Ordinal)).ToList();
            broken = new SortedDictionary<string, string>(damaged.ToDictionary(b => b.Key, b => b.Value), StringComparer.Ordinal);
        }

        if (broken.Count > 0)
        {
            throw Corrupt(path, broken, first);
        }
    }

    /// <summary>The segment a file belongs to (<c>_3</c> for <c>_3.cfs</c> or <c>_3_1.liv</c>), or the commit file's own name.</summary>
    public static string SegmentOf(string file) =>
        file.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal) ? file : IndexFileNames.ParseSegmentName(file);

    /// <summary>A short reason for a failed read.</summary>
    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "the file is missing",
        EndOfStreamException => "the file is truncated",
        _ when e.Message.Contains("checksum failed", StringComparison.Ordinal) => "its checksum does not match its contents",
        _ when e.Message.Contains("footer", StringComparison.Ordinal) => "its checksum footer is damaged",
        _ => e.Message.ReplaceLineEndings(" "),
    };

    /// <summary>The exception for damaged files, keyed by segment.</summary>
    public static IndexCorruptException Corrupt(string path, IReadOnlyDictionary<string, string> broken, Exception? inner)
    {
        var names = broken.Keys.ToArray();
        var which = names.Length == 1 ? $"segment {names[0]} is" : $"segments {string.Join(", ", names)} are";
        var details = string.Join("; ", broken.Values);
        return new IndexCorruptException(path, names,
            $"The index at '{path}' is damaged: {which} corrupt ({details}). Run 'govsearch check --index {path}' to see what is lost, then repair it with --repair or rebuild it.",
            inner);
    }
}
