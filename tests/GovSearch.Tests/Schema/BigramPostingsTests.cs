using GovSearch.Analysis;
using GovSearch.Indexing;
using GovSearch.Storage;
using GovSearch.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneIndexOptions = Lucene.Net.Index.IndexOptions;

namespace GovSearch.Tests.Schema;

/// <summary>
/// What the character-bigram fields hold. A new index keeps documents and frequencies only and matches a clause's
/// bigrams as a conjunction; an index written with positions (TestData/compat/index-bigram-positions, written by commit
/// 346a97b) still opens, matches them as a phrase, and keeps positions for documents added later, before and after a
/// merge. Both find the document that holds 人民法院 as one
/// SmartCn word (向人民法院提起诉讼), which the words of the query miss.
/// </summary>
public sealed class BigramPostingsTests : IDisposable
{
    private const string Term = "人民法院";

    private static readonly string Fixture = CompatFixtures.Folder;

    private static readonly SearchOptions Words = new()
    {
        PassagesPerHit = 0, IncludeFacets = false, BigramWeight = 0, BigramPhraseWeight = 0, ExpandLayTerms = false, TitleMatchWeight = 0, YearMatchWeight = 0,
    };

    private static readonly SearchOptions Both = Words with { BigramWeight = 1, BigramPhraseWeight = 1 };

    private static readonly string[] Queries = [Term, $"\"{Term}\"", "依法 人民法院", "数据安全", "\"数据安全\"", "人民群众 基层"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task NewIndex_RecordsFrequencies_AndItsBigramFieldsHoldNoPositions()
    {
        var path = await CreateAsync();

        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal("frequencies", reader.IndexCommit.UserData[IndexManifest.BigramPostingsKey]);
        Assert.Equal(BigramPostings.Frequencies, IndexManifest.FromUserData(path, reader.IndexCommit.UserData).BigramPostings);
        var fields = MultiFields.GetMergedFieldInfos(reader);
        Assert.Equal(LuceneIndexOptions.DOCS_AND_FREQS, fields.FieldInfo(GovSearch.Schema.FieldNames.TextBigrams).IndexOptions);
        Assert.Equal(LuceneIndexOptions.DOCS_AND_FREQS, fields.FieldInfo(GovSearch.Schema.FieldNames.TitleBigrams).IndexOptions);
        Assert.Contains("法院", TermsOf(reader, GovSearch.Schema.FieldNames.TextBigrams));
    }

    [Fact]
    public async Task NewIndex_FindsTheTermAsAUnit_ThatTheWordsMiss()
    {
        using var index = GovSearchIndex.Open(await CreateAsync(), new GovSearchIndexOptions { ReadOnly = true });

        Assert.DoesNotContain("court", await IdsAsync(index, Term, Words));
        Assert.Equal(["court", "people"], await IdsAsync(index, Term, Words with { BigramPhraseWeight = 1 }));
        Assert.Equal(["court"], await IdsAsync(index, $"\"{Term}\"", Both));
    }

    [Fact]
    public async Task OldIndex_OpensAndMatchesTheBigramsAsAPhrase()
    {
        using var index = GovSearchIndex.Open(CopyOfOldIndex(), new GovSearchIndexOptions { ReadOnly = true });

        Assert.True(index.Analysis.CharacterBigrams);
        Assert.Equal(BigramPostings.Positions, ManifestOf(index).BigramPostings);
        Assert.DoesNotContain("court", await IdsAsync(index, Term, Words));
        Assert.Equal(["court", "people"], await IdsAsync(index, Term, Words with { BigramPhraseWeight = 1 }));
        Assert.Equal(["court"], await IdsAsync(index, $"\"{Term}\"", Both));
    }

    [Fact]
    public async Task OldAndNewIndexes_FindTheSameDocuments()
    {
        using var old = GovSearchIndex.Open(CopyOfOldIndex(), new GovSearchIndexOptions { ReadOnly = true });
        using var fresh = GovSearchIndex.Open(await CreateAsync(), new GovSearchIndexOptions { ReadOnly = true });

        foreach (var query in Queries)
        {
            foreach (var options in new[] { Both, new SearchOptions { PassagesPerHit = 0, ExpandLayTerms = false } })
            {
                var expected = (await IdsAsync(old, query, options)).Order(StringComparer.Ordinal);
                Assert.Equal(expected, (await IdsAsync(fresh, query, options)).Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public async Task OldIndex_WithNewDocuments_KeepsPositions_BeforeAndAfterAMerge()
    {
        var path = CopyOfOldIndex();
        using (var index = GovSearchIndex.Open(path))
        {
            await index.AddAsync(Docs.Make("court-2", "起诉的期限", "公民可以自知道之日起六个月内向人民法院提起诉讼。"));
            await index.CommitAsync();
            Assert.Equal(BigramPostings.Positions, ManifestOf(index).BigramPostings);
            Assert.Equal(["court", "court-2"], (await IdsAsync(index, $"\"{Term}\"", Both)).Order(StringComparer.Ordinal));
        }

        using (var directory = FSDirectory.Open(new DirectoryInfo(path)))
        {
            var userData = DirectoryReader.ListCommits(directory).Last().UserData;
            Assert.Equal("positions", userData[IndexManifest.BigramPostingsKey]);
            using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null) { OpenMode = OpenMode.APPEND });
            writer.ForceMerge(1);
            writer.SetCommitData(userData);
            writer.Commit();
        }

        using var merged = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
        var options = merged.WithSearcher(s => MultiFields.GetMergedFieldInfos(s.IndexReader).FieldInfo(GovSearch.Schema.FieldNames.TextBigrams).IndexOptions);
        Assert.Equal(LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS, options);
        Assert.Equal(["court", "court-2"], (await IdsAsync(merged, $"\"{Term}\"", Both)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Manifest_WithUnknownBigramPostings_IsRefusedWithAMessage()
    {
        var userData = IndexStorage.Current(AnalysisOptions.Default).ToUserData();
        userData[IndexManifest.BigramPostingsKey] = "trigrams";

        var error = Assert.Throws<IndexFormatException>(() => IndexManifest.FromUserData("idx", userData));

        Assert.Contains("bigram postings 'trigrams'", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer GovSearch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_WithoutBigramFields_RecordsNoPostings()
    {
        var userData = IndexStorage.Current(AnalysisOptions.Default with { CharacterBigrams = false }).ToUserData();

        Assert.False(userData.ContainsKey(IndexManifest.BigramPostingsKey));
    }

    private static IndexManifest ManifestOf(GovSearchIndex index) =>
        index.WithSearcher(s => IndexManifest.FromUserData("index", ((DirectoryReader)s.IndexReader).IndexCommit.UserData));

    private static async Task<List<string>> IdsAsync(GovSearchIndex index, string query, SearchOptions options) =>
        (await index.SearchAsync(query, options)).Hits.Select(h => h.Id).ToList();

    private static List<string> TermsOf(IndexReader reader, string field)
    {
        var terms = new List<string>();
        var iterator = MultiFields.GetTerms(reader, field).GetEnumerator();
        while (iterator.MoveNext())
        {
            terms.Add(iterator.Term.Utf8ToString());
        }

        return terms;
    }

    private async Task<string> CreateAsync()
    {
        var path = _temp.File("new-index");
        using var index = GovSearchIndex.Create(path);
        await index.AddRangeAsync(Documents());
        await index.CommitAsync();
        return path;
    }

    private string CopyOfOldIndex() => CompatFixtures.CopyIndex("index-bigram-positions", _temp.File("old-index"));

    private static List<GovDocument> Documents() =>
        File.ReadLines(Path.Combine(Fixture, "bigram-documents.jsonl"))
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Select(e => new GovDocument(e.GetProperty("id").GetString()!)
            {
                Title = e.GetProperty("title").GetString()!,
                Text = e.GetProperty("text").GetString()!,
                Language = e.GetProperty("lang").GetString(),
            })
            .ToList();
}
