using GovSearch.Analysis;
using GovSearch.Storage;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;
using GovSearch.Schema;

namespace GovSearch.Indexing;

/// <summary>
/// Checks an index folder with Lucene's <c>CheckIndex</c> and a checksum pass over every file of the latest commit, and
/// repairs it by dropping the broken segments (<c>CheckIndex.FixIndex</c>), then re-committing a consistent manifest.
/// </summary>
internal static class IndexChecker
{
    /// <summary>Checks an index without writing anything and without taking its lock.</summary>
    /// <exception cref="IndexMissingException">The folder does not exist or is empty.</exception>
    /// <exception cref="IndexFormatException">The folder holds files but nothing that looks like an index.</exception>
    public static IndexCheckReport Check(string path, CancellationToken cancellationToken)
    {
        RequireFolder(path);
        using var directory = FSDirectory.Open(new DirectoryInfo(path), new HeldLockFactory(null));
        return Examine(path, directory, cancellationToken).Report;
    }

    /// <summary>Takes the write lock, checks, and drops the broken segments.</summary>
    /// <exception cref="IndexLockedException">Another writer holds the folder.</exception>
    /// <exception cref="IndexCorruptException">The damage cannot be repaired by dropping segments.</exception>
    public static IndexRepairResult Repair(string path, CancellationToken cancellationToken)
    {
        RequireFolder(path);
        using var held = IndexStorage.AcquireLock(path);
        using var directory = FSDirectory.Open(new DirectoryInfo(path), new HeldLockFactory(held));
        var (report, status, manifest) = Examine(path, directory, cancellationToken);
        if (report.Problem is not null)
        {
            throw new IndexCorruptException(path, report.Segments.Where(s => s.IsBroken).Select(s => s.Name).ToArray(),
                $"The index at '{path}' cannot be repaired: {report.Problem}");
        }

        var broken = report.Segments.Where(s => s.IsBroken).ToList();
        if (broken.Count == 0)
        {
            return new IndexRepairResult { Path = path, DroppedSegments = [], DocumentsKept = report.Documents, TopicModelRemoved = false };
        }

        cancellationToken.ThrowIfCancellationRequested();

        // The topic model was trained on documents some of which are gone: remove it first, so that a repair stopped at
        // any point leaves no commit that claims the model still fits (a commit naming a missing model refuses it).
        var topicsRemoved = false;
        foreach (var folder in new[] { System.IO.Path.Combine(path, GovSearchIndex.TopicsFolder + ".new"), System.IO.Path.Combine(path, GovSearchIndex.TopicsFolder) })
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
                topicsRemoved = true;
            }
        }

        topicsRemoved |= manifest!.TopicsFingerprint is not null;

        // Segments CheckIndex passed but whose checksums fail are dropped too.
        var newSegments = NewSegments(status!);
        foreach (var info in newSegments.AsList().Where(i => broken.Any(b => b.Name == i.Info.Name)).ToList())
        {
            newSegments.Remove(info);
        }

        new CheckIndex(directory).FixIndex(status);

        // Re-commit with the manifest of the surviving documents (no topics), and let the writer delete the dropped files.
        using (var analyzer = new GovAnalyzer(manifest.Analysis, AnalysisMode.Index))
        {
            var config = new IndexWriterConfig(GovAnalyzer.Version, analyzer) { OpenMode = OpenMode.APPEND };
            using var writer = new IndexWriter(directory, config);
            writer.SetCommitData((manifest with { TopicsFingerprint = null }).ToUserData());
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        return new IndexRepairResult { Path = path, DroppedSegments = broken, DocumentsKept = reader.NumDocs, TopicModelRemoved = topicsRemoved };
    }

    private static void RequireFolder(string path)
    {
        if (!IndexStorage.HoldsFiles(path))
        {
            throw new IndexMissingException(path);
        }
    }

    private static (IndexCheckReport Report, CheckIndex.Status? Status, IndexManifest? Manifest) Examine(string path, LuceneDirectory directory, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var commitFile = IndexStorage.CommitFileName(directory);
        if (commitFile is null)
        {
            if (!IndexStorage.LooksLikeIndexFiles(path))
            {
                throw new IndexFormatException(path, $"'{path}' is not a GovSearch index: it holds files but no index commit. Choose another folder.");
            }

            return (Whole(path, "it holds segment files but its commit file (segments_N) is missing, so nothing says which segments make up the index. Rebuild it from your documents."), null, null);
        }

        var infos = new SegmentInfos();
        try
        {
            infos.Read(directory, commitFile);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            var broken = SegmentFileVerifier.UnreadableCommitFiles(path, commitFile, e);
            var problem1 = broken.Count == 1 && broken.ContainsKey(commitFile)
                ? $"its commit file {commitFile} is damaged ({broken[commitFile][(commitFile.Length + 2)..]}), so nothing says which segments make up the index. Rebuild it from your documents."
                : $"{string.Join("; ", broken.Values)}. Lucene reads these files with the commit file, so nothing says what the segments hold and none can be dropped alone. Rebuild it from your documents.";
            return (Whole(path, problem1), null, null);
        }

        IndexManifest? manifest = null;
        string? problem = null;
        try
        {
            manifest = IndexManifest.FromUserData(path, infos.UserData);
        }
        catch (IndexFormatException e)
        {
            problem = $"its GovSearch manifest (the commit's user data) is damaged or missing: {e.Message}";
        }

        var status = new CheckIndex(directory).DoCheckIndex();
        cancellationToken.ThrowIfCancellationRequested();
        if (status.MissingSegments || status.CantOpenSegments || status.MissingSegmentVersion || status.ToolOutOfDate)
        {
            return (Whole(path, $"Lucene cannot read its commit file {commitFile}. Rebuild it from your documents."), null, null);
        }

        var kept = NewSegments(status).AsList().Select(i => i.Info.Name).ToHashSet(StringComparer.Ordinal);
        var segments = new List<SegmentCheck>();
        foreach (var info in infos.AsList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = info.Info.Name;
            var documents = info.Info.DocCount - info.DelCount;
            var damage = ChecksumProblem(path, info) ?? (kept.Contains(name) ? null : "it failed Lucene's CheckIndex (a file cannot be read or its contents are inconsistent)");
            segments.Add(damage is null
                ? new SegmentCheck { Name = name, Documents = documents }
                : new SegmentCheck { Name = name, Documents = documents, Problem = damage, ReadableIds = ReadIds(info) });
        }

        return (new IndexCheckReport { Path = path, Problem = problem, Segments = segments }, status, manifest);
    }

    /// <summary>The commit CheckIndex would write: the segments it passed. Lucene.Net keeps this member of its status
    /// internal (it is public in Lucene), and it is the only record of which segments failed.</summary>
    private static SegmentInfos NewSegments(CheckIndex.Status status) =>
        typeof(CheckIndex.Status).GetProperty("NewSegments", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
            ?.GetValue(status) as SegmentInfos
        ?? throw new InvalidOperationException("This Lucene.Net build does not expose CheckIndex.Status.NewSegments; GovSearch cannot tell which segments failed.");

    private static IndexCheckReport Whole(string path, string problem) => new() { Path = path, Problem = problem, Segments = [] };

    /// <summary>The first file of a segment whose checksum fails, described, or <see langword="null"/>.</summary>
    private static string? ChecksumProblem(string path, SegmentCommitInfo info) =>
        info.GetFiles().Order(StringComparer.Ordinal)
            .Select(file => FooterChecksum.Problem(System.IO.Path.Combine(path, file)) is { } problem ? $"{file}: {problem}" : null)
            .FirstOrDefault(p => p is not null);

    /// <summary>The ids of a broken segment's live documents that can still be read: from stored fields, else from the
    /// id doc values. Best effort: none when the segment cannot be opened at all.</summary>
    private static IReadOnlyList<string> ReadIds(SegmentCommitInfo info)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            using var reader = new SegmentReader(info, 1, IOContext.READ);
            var live = reader.LiveDocs;
            var values = TryOrNull(() => reader.GetSortedDocValues(FieldNames.Id));
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var id = TryOrNull(() => reader.Document(doc).Get(FieldNames.Id));
                if (id is null && values is not null)
                {
                    id = TryOrNull(() =>
                    {
                        var bytes = new Lucene.Net.Util.BytesRef();
                        values.Get(doc, bytes);
                        return bytes.Length == 0 ? null : bytes.Utf8ToString();
                    });
                }

                if (id is not null)
                {
                    ids.Add(id);
                }
            }
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // The segment cannot be opened: its ids are unknown.
        }

        return ids.ToArray();
    }

    private static T? TryOrNull<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
