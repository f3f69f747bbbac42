using GovSearch.Analysis;
using GovSearch.Indexing;
using GovSearch.Tests.Quality;
using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Indexing;

/// <summary>Topic tokens read from the index's postings must be those the topic tokenizer gives for the stored texts.</summary>
public sealed class IndexedTopicTokensTests(DevCorpusIndexFixture corpus) : IClassFixture<DevCorpusIndexFixture>
{
    [Fact]
    public async Task TopicUnits_OfDevCorpus_EqualTheTokenizersTokensOfEveryDocument()
    {
        using var tokenizer = new TopicTokenizer(AnalysisOptions.Default);
        var documents = (await Support.CorpusReader.LoadAsync("dev.jsonl")).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

        var units = corpus.Index.TopicUnits(CancellationToken.None);

        Assert.Equal(documents.Select(d => d.Id), units.Select(u => u.Id));
        for (var i = 0; i < documents.Length; i++)
        {
            Assert.Equal(tokenizer.Tokenize(documents[i]), units[i].Tokens);
        }
    }

    [Fact]
    public async Task TopicUnits_ProtectedFormulation_IsOneTokenWithoutItsStackedParts()
    {
        using var index = GovSearchIndex.CreateInMemory();
        using var tokenizer = new TopicTokenizer(AnalysisOptions.Default);
        var document = Support.Docs.Make("a", "全面依法治国", "坚持全面依法治国，推进数据安全法实施，建设法治政府。");
        await index.AddAsync(document);
        await index.CommitAsync();

        var tokens = index.TopicUnits(CancellationToken.None).Single().Tokens;

        Assert.Equal(tokenizer.Tokenize(document), tokens);
        Assert.Contains("全面依法治国", tokens);
        Assert.DoesNotContain("依法治国", tokens);
    }
}
