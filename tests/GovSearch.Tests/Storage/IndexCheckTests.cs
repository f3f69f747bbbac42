using GovSearch.Analysis;
using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Storage;
using GovSearch.Tests.Support;
using GovSearch.Topics;
using IndexWriter = Lucene.Net.Index.IndexWriter;
using IndexWriterConfig = Lucene.Net.Index.IndexWriterConfig;
using OpenMode = Lucene.Net.Index.OpenMode;
using Lucene.Net.Store;
using IndexMissingException = GovSearch.IndexMissingException;

namespace GovSearch.Tests.Storage;

/// <summary>Damaged files, found at open, refresh and check, and repaired by dropping only what is broken.</summary>
public sealed class IndexCheckTests : IDisposable
{
    private static readonly TopicModelOptions Small = new() { NumberOfTopics = 4, Iterations = 20 };
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Index => _folder.File("index");

    /// <summary>Three segments of 20 documents each, one commit per batch.</summary>
    private async Task<List<List<GovDocument>>> BuildAsync(bool topics = false)
    {
        var dev = await CorpusReader.LoadAsync("dev.jsonl");
        var batches = Enumerable.Range(0, 3).Select(i => dev.Skip(i * 20).Take(20).ToList()).ToList();
        // One analysis thread: one segment per commit.
        using var index = GovSearchIndex.Create(Index, new GovSearchIndexOptions { IndexingThreads = 1 });
        foreach (var batch in batches)
        {
            await index.AddRangeAsync(batch);
            await index.CommitAsync();
        }

        if (topics)
        {
            await index.TrainTopicsAsync(Small);
        }

        return batches;
    }

    /// <summary>Builds the index, then damages the compound file of one segment.</summary>
    /// <returns>The damaged segment, its ids, and the ids of the others, all read before the damage.</returns>
    private async Task<(string Segment, List<string> Lost, List<string> Kept)> DamagedAsync(bool topics = false)
    {
        await BuildAsync(topics);
        var segments = IndexDamage.IdsBySegment(Index);
        Assert.Equal(3, segments.Count);
        var victim = segments.Keys.Order(StringComparer.Ordinal).ElementAt(1);
        IndexDamage.FlipBytes(Index, IndexDamage.CompoundFile(Index, victim));
        var kept = segments.Where(s => s.Key != victim).SelectMany(s => s.Value).Order(StringComparer.Ordinal).ToList();
        return (victim, segments[victim], kept);
    }

    [Fact]
    public async Task Check_HealthyIndexReportsEverySegment()
    {
        await BuildAsync();

        var report = await GovSearchIndex.CheckAsync(Index);

        Assert.True(report.IsHealthy);
        Assert.False(report.CanRepair);
        Assert.Null(report.Problem);
        Assert.Equal(3, report.Segments.Count);
        Assert.All(report.Segments, s => Assert.Equal(20, s.Documents));
        Assert.Equal(60, report.Documents);
        Assert.Equal(0, report.DocumentsLost);
    }

    [Fact]
    public async Task Check_FlippedBytesNameTheSegmentAndItsDocuments()
    {
        var (victim, lost, _) = await DamagedAsync();

        var report = await GovSearchIndex.CheckAsync(Index);

        Assert.False(report.IsHealthy);
        Assert.True(report.CanRepair);
        var broken = Assert.Single(report.Segments, s => s.IsBroken);
        Assert.Equal(victim, broken.Name);
        Assert.Equal(20, broken.Documents);
        Assert.Equal(20, report.DocumentsLost);
        Assert.Contains(victim + ".cfs", broken.Problem, StringComparison.Ordinal);
        Assert.All(broken.ReadableIds, id => Assert.Contains(id, lost));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Open_DamagedSegmentIsRefusedAtOpen(bool readOnly)
    {
        var (victim, _, _) = await DamagedAsync();

        var error = Assert.Throws<IndexCorruptException>(() => GovSearchIndex.Open(Index, new GovSearchIndexOptions { ReadOnly = readOnly }));

        Assert.Equal([victim], error.BrokenSegments);
        Assert.Equal(Index, error.Path);
        Assert.Equal(
            $"The index at '{Index}' is damaged: segment {victim} is corrupt ({victim}.cfs: its checksum does not match its contents). Run 'govsearch check --index {Index}' to see what is lost, then repair it with --repair or rebuild it.",
            error.Message);
        Assert.False(WriteLock.IsLocked(Index));
    }

    [Fact]
    public async Task Open_TruncatedCompoundFileIsRefusedAndNamed()
    {
        await BuildAsync();
        var victim = IndexDamage.IdsBySegment(Index).Keys.Order(StringComparer.Ordinal).First();
        var file = System.IO.Path.Combine(Index, IndexDamage.CompoundFile(Index, victim));
        using (var stream = new FileStream(file, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        var error = Assert.Throws<IndexCorruptException>(() => GovSearchIndex.Open(Index, new GovSearchIndexOptions { ReadOnly = true }));
        var report = await GovSearchIndex.CheckAsync(Index);

        Assert.Equal([victim], error.BrokenSegments);
        Assert.Equal(victim, Assert.Single(report.Segments, s => s.IsBroken).Name);
    }

    [Fact]
    public async Task Refresh_DamagedNewCommitIsRefusedAndReadsFailAfterwards()
    {
        await BuildAsync();
        using var reader = GovSearchIndex.Open(Index, new GovSearchIndexOptions { ReadOnly = true });
        var before = IndexDamage.IdsBySegment(Index).Keys.ToHashSet();
        using (var writer = GovSearchIndex.Open(Index))
        {
            await writer.AddAsync(Docs.Make("late", "Late", "A document committed after the reader opened."));
            await writer.CommitAsync();
        }

        var added = Assert.Single(IndexDamage.IdsBySegment(Index).Keys, k => !before.Contains(k));
        IndexDamage.FlipBytes(Index, IndexDamage.CompoundFile(Index, added));

        var error = Assert.Throws<IndexCorruptException>(reader.Refresh);

        Assert.Equal([added], error.BrokenSegments);
        await Assert.ThrowsAsync<IndexCorruptException>(() => reader.SearchAsync("law"));
        Assert.Throws<IndexCorruptException>(() => reader.DocumentCount);
    }

    [Fact]
    public async Task Repair_DropsOnlyTheBrokenSegmentAndKeepsEverySurvivor()
    {
        var (victim, lost, kept) = await DamagedAsync(topics: true);

        var result = await GovSearchIndex.RepairAsync(Index);

        var dropped = Assert.Single(result.DroppedSegments);
        Assert.Equal(victim, dropped.Name);
        Assert.Equal(20, result.DocumentsLost);
        Assert.Equal(40, result.DocumentsKept);
        Assert.True(result.TopicModelRemoved);
        Assert.True((await GovSearchIndex.CheckAsync(Index)).IsHealthy);
        Assert.DoesNotContain(System.IO.Directory.GetFiles(Index), f => System.IO.Path.GetFileName(f).StartsWith(victim + ".", StringComparison.Ordinal));
        var survivors = IndexDamage.IdsBySegment(Index).Values.SelectMany(v => v).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(kept, survivors);

        using var index = GovSearchIndex.Open(Index);
        Assert.Equal(40, index.DocumentCount);
        foreach (var id in kept)
        {
            Assert.NotNull(await index.GetAsync(id));
        }

        foreach (var id in lost)
        {
            Assert.Null(await index.GetAsync(id));
        }

        // The model was trained on documents that are gone: refused until trained again.
        Assert.False(index.TopicStatus.IsTrained);
        Assert.Throws<TopicModelMissingException>(index.GetTopics);
        await Assert.ThrowsAsync<TopicModelMissingException>(() => index.SearchAsync("law", new SearchOptions { Mode = SearchMode.Hybrid }));

        // The index takes writes and training again.
        await index.AddAsync(Docs.Make("after-repair", "After repair", "A document written after the repair."));
        await index.CommitAsync();
        await index.TrainTopicsAsync(Small);
        Assert.True(index.TopicStatus.IsTrained);
        Assert.Equal(41, index.DocumentCount);
    }

    [Fact]
    public async Task Repair_HealthyIndexChangesNothing()
    {
        await BuildAsync();
        var before = System.IO.Directory.GetFiles(Index).Select(f => (f, new FileInfo(f).Length, File.GetLastWriteTimeUtc(f))).Order().ToList();

        var result = await GovSearchIndex.RepairAsync(Index);

        Assert.Empty(result.DroppedSegments);
        Assert.Equal(60, result.DocumentsKept);
        Assert.False(result.TopicModelRemoved);
        Assert.Equal(before, System.IO.Directory.GetFiles(Index).Select(f => (f, new FileInfo(f).Length, File.GetLastWriteTimeUtc(f))).Order().ToList());
    }

    [Fact]
    public async Task Repair_IsRefusedWhileAWriterHoldsTheIndex()
    {
        await DamagedAsync();
        using var held = WriteLock.Acquire(Index);

        await Assert.ThrowsAsync<IndexLockedException>(() => GovSearchIndex.RepairAsync(Index));
    }

    [Fact]
    public async Task MissingCommitFile_IsReportedAndCannotBeRepaired()
    {
        await BuildAsync();
        File.Delete(System.IO.Path.Combine(Index, IndexDamage.CommitFile(Index)));
        File.Delete(System.IO.Path.Combine(Index, "segments.gen"));

        var open = Assert.Throws<IndexCorruptException>(() => GovSearchIndex.Open(Index, new GovSearchIndexOptions { ReadOnly = true }));
        var report = await GovSearchIndex.CheckAsync(Index);
        var repair = await Assert.ThrowsAsync<IndexCorruptException>(() => GovSearchIndex.RepairAsync(Index));

        Assert.Contains("segments_N is missing", open.Message, StringComparison.Ordinal);
        Assert.False(report.IsHealthy);
        Assert.False(report.CanRepair);
        Assert.Contains("commit file (segments_N) is missing", report.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"The index at '{Index}' cannot be repaired: ", repair.Message, StringComparison.Ordinal);
        Assert.Contains("Rebuild it from your documents", repair.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DamagedCommitFile_IsReportedAndCannotBeRepaired()
    {
        await BuildAsync();
        var commit = IndexDamage.CommitFile(Index);
        IndexDamage.FlipBytes(Index, commit, count: 2);

        var open = Assert.Throws<IndexCorruptException>(() => GovSearchIndex.Open(Index, new GovSearchIndexOptions { ReadOnly = true }));
        var report = await GovSearchIndex.CheckAsync(Index);

        Assert.Equal([commit], open.BrokenSegments);
        Assert.Contains($"its commit file {commit} cannot be read", open.Message, StringComparison.Ordinal);
        Assert.False(report.CanRepair);
        Assert.Contains($"its commit file {commit} is damaged", report.Problem, StringComparison.Ordinal);
        await Assert.ThrowsAsync<IndexCorruptException>(() => GovSearchIndex.RepairAsync(Index));
    }

    [Fact]
    public async Task DamagedSegmentInfo_NamesTheFileAndCannotBeRepaired()
    {
        await BuildAsync();
        var victim = IndexDamage.IdsBySegment(Index).Keys.Order(StringComparer.Ordinal).Last();
        IndexDamage.FlipBytes(Index, victim + ".si", count: 2);

        var open = Assert.Throws<IndexCorruptException>(() => GovSearchIndex.Open(Index, new GovSearchIndexOptions { ReadOnly = true }));
        var report = await GovSearchIndex.CheckAsync(Index);

        // Lucene reads every segment's .si with the commit, so one damaged .si makes the whole commit unreadable.
        Assert.Equal([victim], open.BrokenSegments);
        Assert.Contains($"{victim}.si: its checksum does not match its contents", open.Message, StringComparison.Ordinal);
        Assert.False(report.CanRepair);
        Assert.Contains($"{victim}.si: its checksum does not match its contents", report.Problem, StringComparison.Ordinal);
        await Assert.ThrowsAsync<IndexCorruptException>(() => GovSearchIndex.RepairAsync(Index));
    }

    [Fact]
    public async Task DamagedManifest_IsReportedAndCannotBeRepaired()
    {
        await BuildAsync();
        using (var directory = FSDirectory.Open(new DirectoryInfo(Index)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(GovAnalyzer.Version, new Lucene.Net.Analysis.Core.KeywordAnalyzer()) { OpenMode = OpenMode.APPEND }))
        {
            writer.SetCommitData(new Dictionary<string, string> { [IndexManifest.SchemaKey] = "two", [IndexManifest.AnalysisKey] = AnalysisOptions.Default.Describe() });
            writer.Commit();
        }

        var report = await GovSearchIndex.CheckAsync(Index);

        Assert.False(report.IsHealthy);
        Assert.False(report.CanRepair);
        Assert.Contains("its GovSearch manifest (the commit's user data) is damaged or missing", report.Problem, StringComparison.Ordinal);
        Assert.Contains("schema version 'two'", report.Problem, StringComparison.Ordinal);
        Assert.All(report.Segments, s => Assert.False(s.IsBroken));
        Assert.Throws<IndexFormatException>(() => GovSearchIndex.Open(Index, new GovSearchIndexOptions { ReadOnly = true }));
        await Assert.ThrowsAsync<IndexCorruptException>(() => GovSearchIndex.RepairAsync(Index));
    }

    [Fact]
    public async Task Check_RefusesMissingFolderAndFolderWithoutIndex()
    {
        var notes = _folder.File("notes");
        System.IO.Directory.CreateDirectory(notes);
        File.WriteAllText(System.IO.Path.Combine(notes, "a.txt"), "notes");

        await Assert.ThrowsAsync<IndexMissingException>(() => GovSearchIndex.CheckAsync(_folder.File("missing")));
        await Assert.ThrowsAsync<IndexFormatException>(() => GovSearchIndex.CheckAsync(notes));
    }
}
