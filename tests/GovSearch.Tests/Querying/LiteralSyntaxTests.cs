using GovSearch.Querying;
using GovSearch.Tests.Quality;

namespace GovSearch.Tests.Querying;

/// <summary><see cref="QuerySyntax.Literal"/> on the dev.jsonl index: raw user text searches its words, with no
/// operators, fields, quotes or brackets, and never warns.</summary>
public sealed class LiteralSyntaxTests(DevCorpusIndexFixture corpus) : IClassFixture<DevCorpusIndexFixture>
{
    private static readonly SearchOptions Full = new() { Limit = 50, PassagesPerHit = 0 };
    private static readonly SearchOptions Literal = Full with { Syntax = QuerySyntax.Literal };

    [Theory]
    [InlineData("Article 5: rights", "Article 5 rights")]
    [InlineData("people http://www.gov.cn", "people http www gov cn")]
    [InlineData("\"rule of law\"", "rule of law")]
    [InlineData("-speech freedom", "speech freedom")]
    [InlineData("(rights) [people] {law}", "rights people law")]
    [InlineData("type:law lang:en year:2019", "type law lang en year 2019")]
    [InlineData("water OR -river \"", "water or river")]
    [InlineData("数据安全法: 第一条", "数据安全法 第一条")]
    public async Task Literal_SearchesTheWords(string raw, string words)
    {
        var literal = await corpus.Index.SearchAsync(raw, Literal);
        var expected = await corpus.Index.SearchAsync(words, Full);

        Assert.Empty(literal.Warnings);
        Assert.Equal(raw, literal.Query);
        Assert.NotEqual(0, expected.TotalHits);
        Assert.Equal(expected.TotalHits, literal.TotalHits);
        Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), literal.Hits.Select(h => (h.Id, h.Score)));
    }

    [Theory]
    [InlineData("Article 5: rights")]
    [InlineData("http://www.gov.cn")]
    public async Task Full_WarnsOnTheSameText(string raw)
    {
        var full = await corpus.Index.SearchAsync(raw, Full);

        Assert.NotEmpty(full.Warnings);
    }

    [Fact]
    public async Task Literal_DoesNotExclude()
    {
        var literal = await corpus.Index.SearchAsync("-speech", Literal);
        var word = await corpus.Index.SearchAsync("speech", Full);

        Assert.NotEqual(0, word.TotalHits);
        Assert.Equal(word.TotalHits, literal.TotalHits);
    }

    [Fact]
    public async Task Literal_TakesFiltersOnlyFromTheOptions()
    {
        var literal = await corpus.Index.SearchAsync("people lang:zh", Literal with { Languages = ["en"] });

        Assert.NotEmpty(literal.Hits);
        Assert.All(literal.Hits, h => Assert.Equal("en", h.Language));
    }

    [Fact]
    public async Task Literal_StillRefusesAnEmptyQuery()
    {
        await Assert.ThrowsAsync<QueryException>(() => corpus.Index.SearchAsync("   ", Literal));
    }

    [Fact]
    public async Task Explain_ReadsTheQueryInTheSyntaxAsked()
    {
        var top = (await corpus.Index.SearchAsync("type:law", Literal)).Hits[0];

        var literal = (await corpus.Index.ExplainAsync(top.Id, "type:law", Literal))!;

        Assert.True(literal.Matches);
        Assert.Equal(top.Score, literal.Score, 4);
    }
}
