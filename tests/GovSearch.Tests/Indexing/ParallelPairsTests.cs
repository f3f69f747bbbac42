using GovSearch.Indexing;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Indexing;

/// <summary>
/// <see cref="ParallelPairs"/> reads the translations of an index from its documents' <c>parallel_id</c> metadata:
/// one Chinese and one English document per id; other languages and lone documents are left out.
/// </summary>
public sealed class ParallelPairsTests
{
    private static GovDocument Make(string id, string language, string? parallelId) =>
        Docs.Make(id, id, "text of " + id, language: language) with
        {
            Metadata = parallelId is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [ParallelPairs.MetadataKey] = parallelId },
        };

    [Fact]
    public async Task Find_PairsOneChineseAndOneEnglishDocumentPerParallelId()
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync(
        [
            Make("gwr-en-2019", "en", "gwr-2019"),
            Make("gwr-zh-2019", "zh", "gwr-2019"),
            Make("udhr-en", "en", "udhr"),
            Make("udhr-zh", "zh", "udhr"),
            Make("udhr-zh-Hant", "zh-Hant", "udhr"),
            Make("alone-en", "en", "alone"),
            Make("plain", "zh", null),
        ]);
        await index.CommitAsync();

        var pairs = index.WithSearcher(s => ParallelPairs.Find(s.IndexReader, CancellationToken.None));

        Assert.Equal([("gwr-zh-2019", "gwr-en-2019"), ("udhr-zh", "udhr-en")], pairs);
    }

    [Fact]
    public async Task TwinOf_FollowsTheSnapshot_AfterATranslationIsDeleted()
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync(
        [
            Make("gwr-en-2019", "en", "gwr-2019"),
            Make("gwr-zh-2019", "zh", "gwr-2019"),
            Make("plain", "zh", null),
        ]);
        await index.CommitAsync();

        string? Twin(string id) => index.WithSearcher(s =>
        {
            var doc = s.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(GovSearch.Schema.FieldNames.Id, id)), 1).ScoreDocs[0].Doc;
            return ParallelPairs.TwinOf(s.IndexReader, doc, CancellationToken.None);
        });

        Assert.Equal("gwr-en-2019", Twin("gwr-zh-2019"));
        Assert.Equal("gwr-zh-2019", Twin("gwr-en-2019"));
        Assert.Null(Twin("plain"));

        Assert.True(await index.DeleteAsync("gwr-en-2019"));
        await index.CommitAsync();

        Assert.Null(Twin("gwr-zh-2019"));
    }
}
