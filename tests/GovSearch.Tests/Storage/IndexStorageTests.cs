using GovSearch.Analysis;
using GovSearch.Indexing;
using GovSearch.Storage;
using GovSearch.Tests.Support;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Store;
using Lucene.Net.Util;
using IndexMissingException = GovSearch.IndexMissingException;
using IndexWriter = Lucene.Net.Index.IndexWriter;
using IndexWriterConfig = Lucene.Net.Index.IndexWriterConfig;

namespace GovSearch.Tests.Storage;

public sealed class IndexStorageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string[] Listing(string path) =>
        System.IO.Directory.GetFiles(path, "*", SearchOption.AllDirectories)
            .Select(f => $"{System.IO.Path.GetRelativePath(path, f)}:{new FileInfo(f).Length}:{File.GetLastWriteTimeUtc(f).Ticks}")
            .Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Open_RestoresDocumentsAndAnalysisSettings()
    {
        var path = _folder.File("index");
        var analysis = new AnalysisOptions { ProtectedTerms = ["新质生产力"] };
        using (var index = GovSearchIndex.Create(path, new GovSearchIndexOptions { Analysis = analysis }))
        {
            await index.AddRangeAsync(Docs.Sample);
            await index.AddAsync(Docs.Make("quality", "报告", "发展新质生产力，不是发展生产力。"));
            await index.CommitAsync();
        }

        using var reopened = GovSearchIndex.Open(path);

        Assert.Equal(Docs.Sample.Count + 1, reopened.DocumentCount);
        Assert.Equal(["新质生产力"], reopened.Analysis.ProtectedTerms);
        Assert.Equal(["新质生产力"], reopened.AnalyzeQueryText("新质生产力"));
        Assert.Equal("zh-data", (await reopened.SearchAsync("数据安全")).Hits[0].Id);
    }

    [Fact]
    public void Open_RefusesFolderThatIsNotAnIndexAndChangesNothing()
    {
        var path = _folder.File("notes");
        System.IO.Directory.CreateDirectory(path);
        File.WriteAllText(System.IO.Path.Combine(path, "notes.txt"), "my notes");
        var before = Listing(path);

        var error = Assert.Throws<IndexFormatException>(() => GovSearchIndex.Open(path));

        Assert.Equal($"'{path}' is not a GovSearch index: it holds files but no index commit. Choose another folder, or empty this one.", error.Message);
        Assert.Equal(before, Listing(path));
    }

    [Fact]
    public void Open_RefusesMissingOrEmptyFolder()
    {
        var missing = _folder.File("missing");
        var empty = _folder.File("empty");
        System.IO.Directory.CreateDirectory(empty);

        Assert.Contains("There is no GovSearch index at", Assert.Throws<IndexMissingException>(() => GovSearchIndex.Open(missing)).Message, StringComparison.Ordinal);
        Assert.Throws<IndexMissingException>(() => GovSearchIndex.Open(empty));
        Assert.False(System.IO.Directory.Exists(missing));
        Assert.Empty(System.IO.Directory.GetFiles(empty));
    }

    [Fact]
    public void Open_RefusesPlainLuceneIndexAndChangesNothing()
    {
        var path = _folder.File("lucene");
        WriteLuceneIndex(path, userData: null);
        var before = Listing(path);

        var error = Assert.Throws<IndexFormatException>(() => GovSearchIndex.Open(path));

        Assert.Contains("GovSearch did not write it", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Listing(path));
    }

    [Theory]
    [InlineData(99, "Use a newer GovSearch to open it")]
    [InlineData(1, "Rebuild it from your documents with this version")]
    public void Open_RefusesOtherSchemaVersionAndChangesNothing(int version, string advice)
    {
        var path = _folder.File("other");
        WriteLuceneIndex(path, new Dictionary<string, string>
        {
            [IndexManifest.SchemaKey] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [IndexManifest.AnalysisKey] = AnalysisOptions.Default.Describe(),
        });
        var before = Listing(path);

        var error = Assert.Throws<IndexFormatException>(() => GovSearchIndex.Open(path));

        Assert.Equal(
            $"The index at '{path}' was written with schema version {version}; this GovSearch reads version {IndexManifest.CurrentSchemaVersion}. {advice}.",
            error.Message);
        Assert.Equal(version, error.FoundSchemaVersion);
        Assert.Equal(before, Listing(path));
    }

    [Fact]
    public void Open_RefusesAnalysisSettingsThatDifferFromRecorded()
    {
        var path = _folder.File("index");
        GovSearchIndex.Create(path).Dispose();

        var error = Assert.Throws<IndexFormatException>(() => GovSearchIndex.Open(path, new GovSearchIndexOptions { Analysis = new AnalysisOptions { StemEnglish = false } }));

        Assert.Contains("other analysis settings", error.Message, StringComparison.Ordinal);
        using var reopened = GovSearchIndex.Open(path, new GovSearchIndexOptions { Analysis = AnalysisOptions.Default });
        Assert.Equal(0, reopened.DocumentCount);
    }

    [Fact]
    public void Create_RefusesFolderWithFiles()
    {
        var path = _folder.File("busy");
        System.IO.Directory.CreateDirectory(path);
        File.WriteAllText(System.IO.Path.Combine(path, "keep.txt"), "keep me");
        var existing = _folder.File("existing");
        GovSearchIndex.Create(existing).Dispose();

        Assert.Contains("holds other files", Assert.Throws<IndexFormatException>(() => GovSearchIndex.Create(path)).Message, StringComparison.Ordinal);
        Assert.Contains("holds an index already", Assert.Throws<IndexFormatException>(() => GovSearchIndex.Create(existing)).Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(System.IO.Path.Combine(path, "keep.txt")));
    }

    [Fact]
    public async Task Dispose_WithoutCommitKeepsLastCommitComplete()
    {
        var path = _folder.File("index");
        using (var index = GovSearchIndex.Create(path))
        {
            await index.AddRangeAsync(Docs.Sample);
            await index.CommitAsync();
            await index.AddAsync(Docs.Make("uncommitted", "Draft", "tundra"));
            await index.DeleteAsync("zh-data");
        }

        using var reopened = GovSearchIndex.Open(path);

        Assert.Equal(Docs.Sample.Count, reopened.DocumentCount);
        Assert.Empty((await reopened.SearchAsync("tundra")).Hits);
        Assert.NotNull(await reopened.GetAsync("zh-data"));
    }

    [Fact]
    public async Task OpenOrCreate_CreatesThenOpens()
    {
        var path = _folder.File("auto");
        using (var created = GovSearchIndex.OpenOrCreate(path))
        {
            await created.AddAsync(Docs.Make("a", "Alpha", "alpha text"));
            await created.CommitAsync();
        }

        using var opened = GovSearchIndex.OpenOrCreate(path);
        Assert.Equal(1, opened.DocumentCount);
    }

    [Fact]
    public async Task ReadOnly_RefreshSeesCommitsOfTheWriter()
    {
        var path = _folder.File("shared");
        using var writer = GovSearchIndex.Create(path);
        using var reader = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });

        await writer.AddAsync(Docs.Make("a", "Alpha", "steppe"));
        await writer.CommitAsync();
        Assert.Empty((await reader.SearchAsync("steppe")).Hits);
        reader.Refresh();

        Assert.Single((await reader.SearchAsync("steppe")).Hits);
        Assert.True(reader.IsReadOnly);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => reader.AddAsync(Docs.Make("b", "B", "b")));
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ForWritingTwiceFailsWithClearMessage()
    {
        var path = _folder.File("locked");
        using var first = GovSearchIndex.Create(path);

        var error = Assert.Throws<IndexLockedException>(() => GovSearchIndex.Open(path));

        Assert.Equal(Path.GetFullPath(path), error.Path);
        Assert.Contains("is being written by another writer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_RejectOutOfRangeValues()
    {
        Assert.Equal(
            "GovSearchIndexOptions.IndexingThreads is 0; it must be between 1 and 64. (Parameter 'IndexingThreads')",
            Assert.Throws<ArgumentException>(() => GovSearchIndex.CreateInMemory(new GovSearchIndexOptions { IndexingThreads = 0 })).Message);
        Assert.Throws<ArgumentException>(() => GovSearchIndex.CreateInMemory(new GovSearchIndexOptions { RamBufferSizeMB = 0.5 }));
        Assert.Throws<ArgumentException>(() => GovSearchIndex.CreateInMemory(new GovSearchIndexOptions { MaximumTextLength = 0 }));
        Assert.Throws<ArgumentException>(() => GovSearchIndex.Create(_folder.File("ro"), new GovSearchIndexOptions { ReadOnly = true }));
    }

    [Fact]
    public void Options_HaveDocumentedDefaults()
    {
        var options = new GovSearchIndexOptions();

        Assert.Null(options.Analysis);
        Assert.False(options.ReadOnly);
        Assert.Equal(64, options.RamBufferSizeMB);
        Assert.Equal(Math.Clamp(Environment.ProcessorCount, 1, 64), options.IndexingThreads);
        Assert.Equal(16 * 1024 * 1024, options.MaximumTextLength);
        Assert.Empty(options.GlossaryFiles);
        Assert.Empty(options.ParallelTextFiles);
    }

    private static void WriteLuceneIndex(string path, IDictionary<string, string>? userData)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)));
        writer.AddDocument(new Document { new TextField("body", "plain lucene", Field.Store.YES) });
        if (userData is not null)
        {
            writer.SetCommitData(userData);
        }

        writer.Commit();
    }
}
