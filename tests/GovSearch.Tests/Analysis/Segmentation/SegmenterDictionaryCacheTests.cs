using GovSearch.Analysis.Segmentation;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Analysis.Segmentation;

/// <summary>
/// The segmenter's dictionary cache gives back exactly the dictionaries built from SmartCn, and a file that is torn,
/// altered or from another build is ignored, never read.
/// </summary>
public sealed class SegmenterDictionaryCacheTests
{
    private static readonly Lazy<SegmenterDictionaries> Built = new(SegmenterDictionaries.Build);

    [Fact]
    public void TryLoad_GivesBackTheSavedDictionariesByteForByte()
    {
        using var folder = new TempFolder();
        var cache = new SegmenterDictionaryCache(folder.File("cache"));

        Assert.True(cache.TrySave(Built.Value));
        var loaded = cache.TryLoad();

        Assert.NotNull(loaded);
        Assert.Equal(Bytes(Built.Value), Bytes(loaded));
        Assert.Equal(Built.Value.StringFrequency, loaded.StringFrequency);
        Assert.Equal(Built.Value.EndFrequency, loaded.EndFrequency);
    }

    [Fact]
    public async Task TryLoad_DictionariesSegmentDevExactlyAsSmartCn()
    {
        using var folder = new TempFolder();
        var cache = new SegmenterDictionaryCache(folder.Path);
        Assert.True(cache.TrySave(Built.Value));
        var loaded = new HanSegmenter(cache.TryLoad() ?? throw new InvalidOperationException("The cache was not read back."));
        var comparison = new SegmenterComparison();

        var documents = await CorpusReader.LoadAsync("dev.jsonl");
        var runs = documents.Take(60).SelectMany(d => HanRuns.Of(d.Text)).ToList();
        foreach (var run in runs)
        {
            comparison.Compare(run);
        }

        Assert.True(comparison.Differences == 0, comparison.Examples);
        Assert.All(runs, run => Assert.Equal(new HanSegmenter(Built.Value).Segment(run).ToArray(), loaded.Segment(run).ToArray()));
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("append")]
    [InlineData("other build")]
    [InlineData("empty")]
    public void TryLoad_IgnoresADamagedFileAndTrySaveReplacesIt(string damage)
    {
        using var folder = new TempFolder();
        var cache = new SegmenterDictionaryCache(folder.Path);
        Assert.True(cache.TrySave(Built.Value));
        var bytes = File.ReadAllBytes(cache.FilePath);
        switch (damage)
        {
            case "flip":
                bytes[bytes.Length / 2] ^= 0x10;
                break;
            case "truncate":
                bytes = bytes[..(bytes.Length - 9)];
                break;
            case "append":
                bytes = [.. bytes, 0];
                break;
            case "other build":
                bytes[10] ^= 0xFF;
                break;
            case "empty":
                bytes = [];
                break;
        }

        File.WriteAllBytes(cache.FilePath, bytes);

        Assert.Null(cache.TryLoad());
        Assert.True(cache.TrySave(Built.Value));
        Assert.NotNull(cache.TryLoad());
    }

    [Fact]
    public void TrySave_ReturnsFalseAndLeavesNothingWhenTheFolderCannotBeMade()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("blocked"), "a file where the cache folder would be");
        var cache = new SegmenterDictionaryCache(Path.Combine(folder.File("blocked"), "cache"));

        Assert.False(cache.TrySave(Built.Value));
        Assert.Null(cache.TryLoad());
        Assert.Equal([folder.File("blocked")], Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void TrySave_LeavesOnlyTheCacheFile()
    {
        using var folder = new TempFolder();
        var cache = new SegmenterDictionaryCache(folder.Path);

        Assert.True(cache.TrySave(Built.Value));
        Assert.True(cache.TrySave(Built.Value));

        Assert.Equal([cache.FilePath], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void TrySave_RemovesOtherBuildsFilesOnlyOnceTheyAreStale()
    {
        using var folder = new TempFolder();
        var cache = new SegmenterDictionaryCache(folder.Path);
        var recentBuild = folder.File("segmenter-0123456789abcdef.bin");
        var staleBuild = folder.File("segmenter-fedcba9876543210.bin");
        var freshTemporary = folder.File("segmenter-0123456789abcdef.bin.42-abc.tmp");
        var oldTemporary = folder.File("segmenter-0123456789abcdef.bin.43-def.tmp");
        var unrelated = folder.File("default-index-marker");
        foreach (var file in new[] { recentBuild, staleBuild, freshTemporary, oldTemporary, unrelated })
        {
            File.WriteAllText(file, "x");
        }

        File.SetLastWriteTimeUtc(oldTemporary, DateTime.UtcNow.AddDays(-1));
        File.SetLastWriteTimeUtc(staleBuild, DateTime.UtcNow - SegmenterDictionaryCache.KeepOtherBuilds - TimeSpan.FromHours(1));

        Assert.True(cache.TrySave(Built.Value));

        // Another build written this week is still in use beside this one: deleting it would make the two rebuild
        // each other's file on every start.
        Assert.Equal(
            new[] { cache.FilePath, recentBuild, freshTemporary, unrelated }.Order(StringComparer.Ordinal),
            Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TrySave_KeepsOnlyTheNewestOtherBuilds()
    {
        using var folder = new TempFolder();
        var cache = new SegmenterDictionaryCache(folder.Path);
        var others = Enumerable.Range(0, SegmenterDictionaryCache.MaximumOtherBuilds + 2)
            .Select(i => folder.File($"segmenter-{i:x16}.bin"))
            .ToList();
        for (var i = 0; i < others.Count; i++)
        {
            File.WriteAllText(others[i], "x");
            File.SetLastWriteTimeUtc(others[i], DateTime.UtcNow.AddHours(-i));
        }

        Assert.True(cache.TrySave(Built.Value));

        Assert.Equal(
            others.Take(SegmenterDictionaryCache.MaximumOtherBuilds).Append(cache.FilePath).Order(StringComparer.Ordinal),
            Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("off")]
    [InlineData(" OFF ")]
    public void For_Off_TurnsTheCacheOff(string setting) =>
        Assert.Null(SegmenterDictionaryCache.For(setting, smartCnDataFolder: null));

    [Fact]
    public void For_AFolder_KeepsTheFileThere()
    {
        using var folder = new TempFolder();

        var cache = SegmenterDictionaryCache.For(folder.Path, smartCnDataFolder: "");

        Assert.NotNull(cache);
        Assert.Equal(folder.Path, Path.GetDirectoryName(cache.FilePath));
        Assert.Matches("^segmenter-[0-9a-f]{16}\\.bin$", Path.GetFileName(cache.FilePath));
    }

    [Fact]
    public void For_NoSetting_UsesGovSearchsUserFolder()
    {
        var cache = SegmenterDictionaryCache.For(null, smartCnDataFolder: null);

        Assert.NotNull(cache);
        Assert.Equal(GovSearch.Storage.UserCacheFolder.Path, cache?.Folder);
    }

    [Fact]
    public void For_SmartCnReadingADataFolder_TurnsTheCacheOff() =>
        Assert.Null(SegmenterDictionaryCache.For(null, smartCnDataFolder: "/opt/smartcn-data"));

    private static byte[] Bytes(SegmenterDictionaries dictionaries)
    {
        using var stream = new MemoryStream();
        var writer = new CacheFileWriter(stream);
        dictionaries.WriteTo(writer);
        writer.Finish();
        return stream.ToArray();
    }
}
