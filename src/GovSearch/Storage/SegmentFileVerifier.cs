using System.Collections.Concurrent;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovSearch.Storage;

/// <summary>
/// Verifies the CRC-32 footer of every file of a commit (Lucene 4.8 ends each index file with one, see
/// <see cref="FooterChecksum"/>) before an index serves it, so that damage is found at open or refresh and not, lazily,
/// in the middle of a search. Each file is read once per instance: a file already verified with the same name and
/// length is skipped (Lucene never rewrites a file under the same name), so a refresh reads only the files the new
/// commit added. Damage done to a file after it was verified is not noticed until the index is opened again.
/// </summary>
internal sealed class SegmentFileVerifier
{
    private readonly ConcurrentDictionary<string, long> _verified = new(StringComparer.Ordinal);
    private readonly VerifiedFileRecord? _record;

    /// <summary>A verifier that reads every file once.</summary>
    public SegmentFileVerifier()
    {
    }

    /// <summary>A verifier that also skips the files <paramref name="record"/> says were verified unchanged, and adds
    /// to it the files it verifies.</summary>
    public SegmentFileVerifier(VerifiedFileRecord? record) => _record = record;

    /// <summary>The verifier an index opened with <paramref name="options"/> at <paramref name="path"/> uses.</summary>
    public static SegmentFileVerifier For(string path, GovSearchIndexOptions options) =>
        new(options.ReverifyUnchangedFiles ? null : VerifiedFileRecord.For(path));

    /// <summary>Verifies the files of <paramref name="commit"/> not verified yet.</summary>
    /// <exception cref="IndexCorruptException">A file fails its checksum, is truncated, or is missing.</exception>
    public void Verify(string path, LuceneDirectory directory, IndexCommit commit) =>
        Verify(path, directory, commit.SegmentsFileName, commit.FileNames);

    /// <summary>Verifies the files of the commit <paramref name="infos"/> read, not verified yet.</summary>
    /// <exception cref="IndexCorruptException">A file fails its checksum, is truncated, or is missing.</exception>
    public void Verify(string path, LuceneDirectory directory, SegmentInfos infos) =>
        Verify(path, directory, infos.GetSegmentsFileName(), infos.GetFiles(directory, true));

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
            throw UnreadableCommit(path, IndexStorage.CommitFileName(directory) ?? IndexFileNames.SEGMENTS, e);
        }

        Verify(path, directory, infos);
    }

    private void Verify(string path, LuceneDirectory directory, string commitFile, IEnumerable<string> files)
    {
        var broken = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        var unverified = new List<(string File, string Full, long Length)>();
        var all = new HashSet<string>(StringComparer.Ordinal);
        var lastWrites = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        var started = DateTime.UtcNow;
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            all.Add(file);
            var full = System.IO.Path.Combine(path, file);
            var info = new FileInfo(full);
            var length = info.Exists ? info.Length : -1;
            if (length >= 0 && _verified.TryGetValue(file, out var known) && known == length)
            {
                continue;
            }

            if (length >= 0 && _record is not null)
            {
                var lastWrite = info.LastWriteTimeUtc;
                if (_record.Covers(file, length, lastWrite))
                {
                    _verified[file] = length;
                    continue;
                }

                lastWrites[file] = lastWrite;
            }

            unverified.Add((file, full, length));
        }

        // The files are read on every core: opening an index reads all of them, and the CRC is bound by one core. With
        // one file or none (the usual reopening, every file already recorded) they are read here: starting PLINQ costs a
        // fresh process more than that.
        static (string File, long Length, string? Problem) Check((string File, string Full, long Length) f) =>
            (f.File, f.Length, f.Length < 0 ? FooterChecksum.Missing : FooterChecksum.Problem(f.Full));
        List<(string File, long Length, string? Problem)> checkedFiles;
        try
        {
            checkedFiles = unverified.Count <= 1
                ? unverified.Select(Check).ToList()
                : unverified.AsParallel().AsOrdered().Select(Check).ToList();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A file that cannot be read fails the open as it did when the files were read one by one.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        _record?.Remember(
            checkedFiles.Where(f => f.Problem is null && lastWrites.ContainsKey(f.File)).Select(f => (f.File, f.Length, lastWrites[f.File])),
            started,
            all);
        foreach (var (file, length, problem) in checkedFiles)
        {
            if (problem is null)
            {
                _verified[file] = length;
                continue;
            }

            var segment = SegmentOf(file);
            if (problem == FooterChecksum.Missing)
            {
                missing.Add(segment);
            }

            broken.TryAdd(segment, $"{file}: {problem}");
        }

        // A writer elsewhere may have committed and deleted the files of the commit being verified (files are never
        // changed, only deleted): a missing file is damage only while its commit is still the latest.
        if (missing.Count > 0 && IndexStorage.CommitFileName(directory) != commitFile)
        {
            foreach (var segment in missing)
            {
                broken.Remove(segment);
            }
        }

        if (broken.Count > 0)
        {
            throw Corrupt(path, broken, null);
        }
    }

    /// <summary>The files Lucene reads to learn which segments a commit holds (the commit file and each segment's
    /// <c>.si</c>) that fail their checksums, by segment: when any is damaged, no part of the index can be opened.</summary>
    /// <returns>The damaged files, or the commit file with <paramref name="error"/>'s reason when no checksum fails.</returns>
    public static SortedDictionary<string, string> UnreadableCommitFiles(string path, string commit, Exception error)
    {
        var broken = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var infoFiles = System.IO.Directory.Exists(path) ? System.IO.Directory.EnumerateFiles(path, "_*.si") : null;
        foreach (var file in (infoFiles ?? []).Select(System.IO.Path.GetFileName).Concat(infoFiles is null ? [] : [commit]).Order(StringComparer.Ordinal))
        {
            if (FooterChecksum.Problem(System.IO.Path.Combine(path, file!)) is { } problem)
            {
                broken.TryAdd(SegmentOf(file!), $"{file}: {problem}");
            }
        }

        if (broken.Count == 0)
        {
            broken[commit] = $"{commit}: {Describe(error)}";
        }

        return broken;
    }

    /// <summary>The exception for a commit Lucene cannot read, naming the damaged files.</summary>
    public static IndexCorruptException UnreadableCommit(string path, string commit, Exception error)
    {
        var broken = UnreadableCommitFiles(path, commit, error);
        if (broken.Count == 1 && broken.ContainsKey(commit))
        {
            return new IndexCorruptException(path, [commit],
                $"The index at '{path}' is damaged: its commit file {commit} cannot be read ({broken[commit][(commit.Length + 2)..]}). It cannot be repaired; rebuild it from your documents.", error);
        }

        return new IndexCorruptException(path, broken.Keys.ToArray(),
            $"The index at '{path}' is damaged: {string.Join("; ", broken.Values)}. Lucene reads these files with the commit, so no part of the index can be opened. It cannot be repaired; rebuild it from your documents.", error);
    }

    /// <summary>The segment a file belongs to (<c>_3</c> for <c>_3.cfs</c> or <c>_3_1.liv</c>), or the commit file's own name.</summary>
    public static string SegmentOf(string file) =>
        file.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal) ? file : IndexFileNames.ParseSegmentName(file);

    /// <summary>A short reason for a failed read.</summary>
    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => FooterChecksum.Missing,
        EndOfStreamException => FooterChecksum.Truncated,
        _ when e.Message.Contains("checksum failed", StringComparison.Ordinal) => FooterChecksum.ChecksumMismatch,
        _ when e.Message.Contains("footer", StringComparison.Ordinal) => FooterChecksum.FooterDamaged,
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
