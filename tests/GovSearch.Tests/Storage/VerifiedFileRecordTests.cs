using GovSearch.Storage;
using GovSearch.Tests.Support;
using Lucene.Net.Store;

namespace GovSearch.Tests.Storage;

/// <summary>
/// Opening skips the checksum of a file this machine verified before only while the file keeps its name, length and
/// modification time; any write to it, a file too fresh to trust, or <see cref="GovSearchIndexOptions.ReverifyUnchangedFiles"/>
/// gets it read again.
/// </summary>
public sealed class VerifiedFileRecordTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Index => _folder.File("index");

    private string RecordFolder => _folder.File("records");

    [Fact]
    public async Task Verify_RemembersSettledFilesAndSkipsThemWhileUnchanged()
    {
        await BuildAsync(settled: true);
        Verify(new VerifiedFileRecord(Index, RecordFolder));
        var victim = IndexDamage.CompoundFile(Index, IndexDamage.IdsBySegment(Index).Keys.Single());

        // Damage that keeps the length and the modification time, as a disk's own bit rot would.
        DamageKeepingTime(victim);

        Verify(new VerifiedFileRecord(Index, RecordFolder));
        Assert.Throws<IndexCorruptException>(() => Verify(null));
        Assert.False((await GovSearchIndex.CheckAsync(Index)).IsHealthy);
    }

    [Fact]
    public async Task Verify_ReadsAgainAFileWrittenSince()
    {
        await BuildAsync(settled: true);
        Verify(new VerifiedFileRecord(Index, RecordFolder));
        var victim = IndexDamage.CompoundFile(Index, IndexDamage.IdsBySegment(Index).Keys.Single());

        IndexDamage.FlipBytes(Index, victim);

        var error = Assert.Throws<IndexCorruptException>(() => Verify(new VerifiedFileRecord(Index, RecordFolder)));
        Assert.Contains(victim, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DoesNotRememberFilesWrittenJustBefore()
    {
        await BuildAsync(settled: false);
        var record = new VerifiedFileRecord(Index, RecordFolder);

        Verify(record);

        Assert.False(File.Exists(record.FilePath));
        IndexDamage.FlipBytes(Index, IndexDamage.CompoundFile(Index, IndexDamage.IdsBySegment(Index).Keys.Single()));
        Assert.Throws<IndexCorruptException>(() => Verify(new VerifiedFileRecord(Index, RecordFolder)));
    }

    [Fact]
    public async Task Verify_ForgetsFilesTheCommitNoLongerHolds()
    {
        await BuildAsync(settled: true);
        var record = new VerifiedFileRecord(Index, RecordFolder);
        Verify(record);
        var before = File.ReadAllLines(record.FilePath).Skip(2).Select(l => l.Split('\t')[0]).ToList();

        using (var index = GovSearchIndex.Open(Index, new GovSearchIndexOptions { IndexingThreads = 1 }))
        {
            await index.DeleteAsync((await CorpusReader.LoadAsync("dev.jsonl"))[0].Id);
            await index.CommitAsync();
        }

        Backdate();
        Verify(new VerifiedFileRecord(Index, RecordFolder));

        var after = File.ReadAllLines(record.FilePath).Skip(2).Select(l => l.Split('\t')[0]).ToList();
        Assert.All(after, f => Assert.True(File.Exists(Path.Combine(Index, f)), $"{f} is recorded but gone."));
        Assert.NotEqual(before, after);
        Assert.Equal(IndexDamage.CommitFile(Index), Assert.Single(after, f => f.StartsWith("segments_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Record_OfAnotherIndexOrUnreadableIsEmpty()
    {
        var record = new VerifiedFileRecord(Index, RecordFolder);
        System.IO.Directory.CreateDirectory(RecordFolder);
        File.WriteAllText(record.FilePath, "# GovSearch verified index files, format 1\n/some/other/index\n_0.cfs\t10\t20\n");

        Assert.False(new VerifiedFileRecord(Index, RecordFolder).Covers("_0.cfs", 10, new DateTime(20, DateTimeKind.Utc)));

        File.WriteAllText(record.FilePath, $"# GovSearch verified index files, format 1\n{Index}\n_0.cfs\tten\t20\n");
        Assert.False(new VerifiedFileRecord(Index, RecordFolder).Covers("_0.cfs", 10, new DateTime(20, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Open_ReverifyUnchangedFilesReadsEveryFile(bool reverify)
    {
        await BuildAsync(settled: true);
        using (GovSearchIndex.Open(Index, new GovSearchIndexOptions { ReadOnly = true }))
        {
            // Verified and remembered in the per-user record.
        }

        var record = VerifiedFileRecord.For(Index);
        Assert.NotNull(record);
        Assert.True(File.Exists(record.FilePath), $"No record at {record.FilePath}.");
        DamageKeepingTime(IndexDamage.CompoundFile(Index, IndexDamage.IdsBySegment(Index).Keys.Single()));

        var options = new GovSearchIndexOptions { ReadOnly = true, ReverifyUnchangedFiles = reverify };
        if (reverify)
        {
            Assert.Throws<IndexCorruptException>(() => GovSearchIndex.Open(Index, options));
        }
        else
        {
            using var index = GovSearchIndex.Open(Index, options);
            Assert.Equal(20, index.DocumentCount);
        }
    }

    private async Task BuildAsync(bool settled)
    {
        var dev = await CorpusReader.LoadAsync("dev.jsonl");
        using (var index = GovSearchIndex.Create(Index, new GovSearchIndexOptions { IndexingThreads = 1 }))
        {
            await index.AddRangeAsync(dev.Take(20));
            await index.CommitAsync();
        }

        if (settled)
        {
            Backdate();
        }
    }

    /// <summary>Sets every file's modification time an hour back, as for an index written long before it is opened.</summary>
    private void Backdate()
    {
        foreach (var file in System.IO.Directory.GetFiles(Index))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
    }

    private void DamageKeepingTime(string file)
    {
        var full = Path.Combine(Index, file);
        var time = File.GetLastWriteTimeUtc(full);
        IndexDamage.FlipBytes(Index, file);
        File.SetLastWriteTimeUtc(full, time);
    }

    private void Verify(VerifiedFileRecord? record)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(Index), NoLockFactory.GetNoLockFactory());
        new SegmentFileVerifier(record).VerifyLatest(Index, directory);
    }
}
