using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Querying;

/// <summary>What search callers rely on beyond the storage contract: limits, malformed input, options.</summary>
public sealed class SearchBehaviourTests : IAsyncLifetime
{
    private GovSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = GovSearchIndex.CreateInMemory();
        await _index.AddRangeAsync(Docs.Sample);
        await _index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Search_RejectsQueryOfFiveThousandTermsWithPosition()
    {
        var query = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"word{i}"));

        var error = await Assert.ThrowsAsync<QueryException>(() => _index.SearchAsync(query));

        var expectedPosition = query.IndexOf("word512", StringComparison.Ordinal);
        Assert.Equal(expectedPosition, error.Position);
        Assert.Contains("more than 512 terms (SearchOptions.MaximumQueryTerms)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_RejectsEmptyQuery()
    {
        var error = await Assert.ThrowsAsync<QueryException>(() => _index.SearchAsync("  "));

        Assert.Equal("The query is empty; give at least one word, phrase or filter. (at position 0 of the query)", error.Message);
    }

    [Theory]
    [InlineData("\"unbalanced 数据安全")]
    [InlineData("数据安全 -")]
    [InlineData("OR 数据安全 OR")]
    [InlineData("数据安全 :: ( ] {")]
    [InlineData("foo:数据安全")]
    [InlineData("数据安全 year:soon")]
    [InlineData("title:\"数据 安全")]
    [InlineData("-\"\"")]
    [InlineData("AND NOT 数据安全~2^3*")]
    public async Task Search_NeverSurfacesParserErrorsForMalformedInput(string query)
    {
        var results = await _index.SearchAsync(query);

        Assert.NotNull(results);
        Assert.All(results.Hits, h => Assert.False(string.IsNullOrEmpty(h.Id)));
    }

    [Fact]
    public async Task Search_LenientModeStillFindsLiteralText()
    {
        var results = await _index.SearchAsync("\"数据安全");

        Assert.Equal("zh-data", results.Hits[0].Id);
        Assert.Single(results.Warnings);
    }

    [Fact]
    public async Task Search_StrictModeReportsPosition()
    {
        var error = await Assert.ThrowsAsync<QueryException>(() => _index.SearchAsync("数据 \"安全", new SearchOptions { Strict = true }));

        Assert.Equal(3, error.Position);
    }

    [Fact]
    public async Task Search_OfStopWordsOnlyFindsNothing()
    {
        var results = await _index.SearchAsync("the of and");

        Assert.Equal(0, results.TotalHits);
    }

    [Fact]
    public async Task Search_WithoutFacetsOrPassagesReturnsBareHits()
    {
        var results = await _index.SearchAsync("数据", new SearchOptions { IncludeFacets = false, PassagesPerHit = 0 });

        Assert.Same(SearchFacets.Empty, results.Facets);
        Assert.All(results.Hits, h => Assert.Empty(h.Passages));
    }

    [Fact]
    public async Task Search_TitleOnlyMatchGivesFirstPassageWithoutHighlights()
    {
        var results = await _index.SearchAsync("bilingual");

        var passage = Assert.Single(Assert.Single(results.Hits).Passages);
        Assert.Equal(1, passage.Number);
        Assert.DoesNotContain("<mark>", passage.Snippet, StringComparison.Ordinal);
        Assert.Equal(0, passage.Matches);
    }

    [Fact]
    public void Options_HaveDocumentedDefaults()
    {
        var options = new SearchOptions();

        Assert.Equal(0, options.Offset);
        Assert.Equal(10, options.Limit);
        Assert.Equal(SearchSort.Relevance, options.Sort);
        Assert.Equal(QueryOperator.Or, options.DefaultOperator);
        Assert.False(options.Strict);
        Assert.Equal(1.5f, options.TitleBoost);
        Assert.Equal(1f, options.BigramWeight);
        Assert.Equal(1f, options.BigramPhraseWeight);
        Assert.Equal(SearchMode.Lexical, options.Mode);
        Assert.Equal(0.1f, options.TopicWeight);
        Assert.Equal(100, options.RerankDepth);
        Assert.Equal(CrossLingualMode.Off, options.CrossLingual);
        Assert.Equal(1f, options.CrossLingualWeight);
        Assert.Equal(0.8f, options.GlossaryWeight);
        Assert.Equal(512, options.MaximumQueryTerms);
        Assert.Equal(3, options.PassagesPerHit);
        Assert.Equal(240, options.SnippetLength);
        Assert.Equal("<mark>", options.HighlightStart);
        Assert.Equal("</mark>", options.HighlightEnd);
        Assert.True(options.EscapeHtml);
        Assert.True(options.IncludeFacets);
        Assert.Equal(20, options.FacetLimit);
        Assert.Equal(1000, SearchOptions.MaximumLimit);
        Assert.Equal(100_000, SearchOptions.MaximumOffset);
    }

    [Theory]
    [InlineData(nameof(SearchOptions.Offset), "SearchOptions.Offset is -1; it must be between 0 and 100,000.")]
    [InlineData(nameof(SearchOptions.Limit), "SearchOptions.Limit is 0; it must be between 1 and 1,000.")]
    [InlineData(nameof(SearchOptions.PassagesPerHit), "SearchOptions.PassagesPerHit is 4; it must be between 0 and 3.")]
    [InlineData(nameof(SearchOptions.SnippetLength), "SearchOptions.SnippetLength is 10; it must be between 40 and 2,000.")]
    [InlineData(nameof(SearchOptions.MaximumQueryTerms), "SearchOptions.MaximumQueryTerms is 0; it must be between 1 and 1,000.")]
    [InlineData(nameof(SearchOptions.TitleBoost), "SearchOptions.TitleBoost is -1; it must be between 0 and 100.")]
    [InlineData(nameof(SearchOptions.FacetLimit), "SearchOptions.FacetLimit is 0; it must be between 1 and 1,000.")]
    [InlineData(nameof(SearchOptions.BigramWeight), "SearchOptions.BigramWeight is -1; it must be between 0 and 100.")]
    [InlineData(nameof(SearchOptions.BigramPhraseWeight), "SearchOptions.BigramPhraseWeight is 101; it must be between 0 and 100.")]
    [InlineData(nameof(SearchOptions.CrossLingual), "SearchOptions.CrossLingual is 7; it must be Off, Auto or Only.")]
    [InlineData(nameof(SearchOptions.CrossLingualWeight), "SearchOptions.CrossLingualWeight is 1.5; it must be between 0 and 1.")]
    public void Options_NameTheOptionAndRangeWhenInvalid(string option, string message)
    {
        var options = option switch
        {
            nameof(SearchOptions.Offset) => new SearchOptions { Offset = -1 },
            nameof(SearchOptions.Limit) => new SearchOptions { Limit = 0 },
            nameof(SearchOptions.PassagesPerHit) => new SearchOptions { PassagesPerHit = 4 },
            nameof(SearchOptions.SnippetLength) => new SearchOptions { SnippetLength = 10 },
            nameof(SearchOptions.MaximumQueryTerms) => new SearchOptions { MaximumQueryTerms = 0 },
            nameof(SearchOptions.TitleBoost) => new SearchOptions { TitleBoost = -1 },
            nameof(SearchOptions.BigramWeight) => new SearchOptions { BigramWeight = -1 },
            nameof(SearchOptions.BigramPhraseWeight) => new SearchOptions { BigramPhraseWeight = 101 },
            nameof(SearchOptions.CrossLingual) => new SearchOptions { CrossLingual = (CrossLingualMode)7 },
            nameof(SearchOptions.CrossLingualWeight) => new SearchOptions { CrossLingualWeight = 1.5f },
            _ => new SearchOptions { FacetLimit = 0 },
        };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal($"{message} (Parameter '{option}')", error.Message);
    }
}
