using System.Text.Json;
using GovSearch.Indexing;
using GovSearch.Schema;
using GovSearch.Storage;
using GovSearch.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GovSearch.Tests.Schema;

/// <summary>
/// Indexes written by older text storages are still read exactly, alone and mixed with documents of the current
/// storage, before and after a merge: storage 1 (the whole text in UTF-16 doc values; TestData/compat/index-schema3,
/// written by commit 9ebf9e7) and storage 2 (Brotli blocks; TestData/compat/index-text-storage2, written by `main`
/// at about 1887959).
/// </summary>
public sealed class TextStorageCompatibilityTests : IDisposable
{
    private static readonly string Fixture = CompatFixtures.Folder;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("index-schema3", IndexManifest.FirstTextStorage)]
    [InlineData("index-text-storage2", 2)]
    public async Task OldIndex_ReadsEveryTextAndPassageExactly(string fixture, int storage)
    {
        using var index = GovSearchIndex.Open(CopyOfOldIndex(fixture), new GovSearchIndexOptions { ReadOnly = true });
        await AssertReadsExactly(index, Documents());
        var manifest = index.WithSearcher(s => IndexManifest.FromUserData("old", ((DirectoryReader)s.IndexReader).IndexCommit.UserData));
        Assert.Equal(storage, manifest.TextStorage);
    }

    [Theory]
    [InlineData("index-schema3")]
    [InlineData("index-text-storage2")]
    public async Task OldIndex_WithNewDocuments_ReadsBothKinds_BeforeAndAfterAMerge(string fixture)
    {
        var path = CopyOfOldIndex(fixture);
        var added = Documents("-new");
        using (var index = GovSearchIndex.Open(path))
        {
            await index.AddRangeAsync(added);
            await index.CommitAsync();
            await AssertReadsExactly(index, Documents().Concat(added).ToList());
            var manifest = index.WithSearcher(s => IndexManifest.FromUserData("mixed", ((DirectoryReader)s.IndexReader).IndexCommit.UserData));
            Assert.Equal(TextBlocks.StorageVersion, manifest.TextStorage);
        }

        // One segment holding both kinds: each document is read by what it holds.
        using (var directory = FSDirectory.Open(new DirectoryInfo(path)))
        {
            var userData = DirectoryReader.ListCommits(directory).Last().UserData;
            using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null) { OpenMode = OpenMode.APPEND });
            writer.ForceMerge(1);
            writer.SetCommitData(userData);
            writer.Commit();
        }

        using var merged = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
        Assert.Equal(1, merged.WithSearcher(s => s.IndexReader.Leaves.Count));
        await AssertReadsExactly(merged, Documents().Concat(added).ToList());
    }

    private static async Task AssertReadsExactly(GovSearchIndex index, IReadOnlyList<GovDocument> documents)
    {
        foreach (var document in documents)
        {
            var stored = await index.GetAsync(document.Id);
            Assert.NotNull(stored);
            Assert.Equal(document.Text, stored.Document.Text);
            Assert.Equal(document.Title, stored.Document.Title);
            Assert.All(stored.Passages, p => Assert.InRange(p.End, 0, document.Text.Length));
        }

        var results = await index.SearchAsync("数据安全", new SearchOptions { Limit = 20, EscapeHtml = false, HighlightStart = "[", HighlightEnd = "]" });
        Assert.NotEmpty(results.Hits);
        foreach (var hit in results.Hits)
        {
            var text = documents.Single(d => d.Id == hit.Id).Text;
            Assert.All(hit.Passages, p =>
                Assert.Contains(p.Snippet.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Trim('…'), text.Substring(p.Start, p.Length), StringComparison.Ordinal));
        }

        Assert.Contains(results.Facets.Languages, f => f.Value == "zh");
    }

    private string CopyOfOldIndex(string fixture) => CompatFixtures.CopyIndex(fixture, _temp.File("index"));

    private static List<GovDocument> Documents(string idSuffix = "") =>
        File.ReadLines(Path.Combine(Fixture, "documents.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => new GovDocument(e.GetProperty("id").GetString()! + idSuffix)
            {
                Title = e.GetProperty("title").GetString()!,
                Text = e.GetProperty("text").GetString()!,
                Language = e.GetProperty("lang").GetString(),
                DocType = e.GetProperty("doc_type").GetString(),
                Source = e.GetProperty("source").GetString(),
            })
            .ToList();
}
