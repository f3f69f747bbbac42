using GovSearch.Documents;
using GovSearch.Querying;
using GovSearch.Schema;
using Lucene.Net.Index;

namespace GovSearch.Tests.Querying;

/// <summary>What a search remembers per snapshot (document frequencies, facet arrays) follows the index: a commit's new
/// snapshot counts the new documents, in searches, snippets and facets alike.</summary>
public sealed class SnapshotCacheTests
{
    [Fact]
    public async Task DocumentFrequencies_AreThoseOfEachSnapshot()
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync([new GovDocument("a") { Title = "数据安全", Text = "国家保障数据安全。", Language = "zh" }]);
        await index.CommitAsync();
        var term = new Term(FieldNames.Text, "数据");
        Assert.Equal(1, index.WithSearcher(s => DocFrequencies.Of(s.IndexReader, term)));
        Assert.Equal(1, index.WithSearcher(s => DocFrequencies.Of(s.IndexReader, term)));

        await index.AddRangeAsync([new GovDocument("b") { Title = "数据出境", Text = "数据出境应当评估。", Language = "zh" }]);
        await index.CommitAsync();
        Assert.Equal(index.WithSearcher(s => s.IndexReader.DocFreq(term)), index.WithSearcher(s => DocFrequencies.Of(s.IndexReader, term)));
        Assert.Equal(2, index.WithSearcher(s => DocFrequencies.Of(s.IndexReader, term)));
    }

    [Fact]
    public async Task Facets_CountTheDocumentsOfEachSnapshot_AfterUpdatesAndDeletes()
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync(
        [
            new GovDocument("a") { Title = "数据安全法", Text = "国家保障数据安全。", Language = "zh", DocType = "law" },
            new GovDocument("b") { Title = "Data", Text = "Data security matters.", Language = "en", DocType = "speech" },
        ]);
        await index.CommitAsync();
        var before = await index.SearchAsync("lang:zh lang:en");
        Assert.Equal(2, before.Facets.Languages.Sum(f => f.Count));

        // A new segment, a document replaced in it, one deleted from the first.
        await index.AddRangeAsync([new GovDocument("c") { Title = "数据出境", Text = "数据出境应当评估。", Language = "zh", DocType = "regulation" }]);
        await index.UpdateAsync(new GovDocument("a") { Title = "数据安全法", Text = "国家保障数据安全。", Language = "zh", DocType = "regulation" });
        await index.DeleteAsync("b");
        await index.CommitAsync();
        var after = await index.SearchAsync("lang:zh lang:en");
        Assert.Equal(2, after.TotalHits);
        Assert.Equal([("zh", 2)], after.Facets.Languages.Select(f => (f.Value, f.Count)));
        Assert.Equal([("regulation", 2)], after.Facets.DocTypes.Select(f => (f.Value, f.Count)));
    }
}
