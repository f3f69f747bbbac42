using System.Globalization;
using GovSearch.Querying;

namespace GovSearch.Tests.Querying;

/// <summary>Named hostile queries, each once: the giants and edge cases the fuzzer draws rarely, pinned so they stay fixed.</summary>
public sealed class HostileQueryTests(QueryFuzzFixture fixture) : IClassFixture<QueryFuzzFixture>
{
    [Fact]
    public async Task Search_HundredThousandOpeningBracketsAnswersAsTextInLenientModeWithoutOverflow()
    {
        var query = new string('(', SearchOptions.MaximumQueryLength);

        var results = await fixture.Index.SearchAsync(query);
        var nested = await fixture.Index.SearchAsync(QueryGrammar.Nested(49_000, closed: true));

        Assert.Equal(0, results.TotalHits);
        Assert.StartsWith("Brackets do not group in this query language; at position 0", Assert.Single(results.Warnings), StringComparison.Ordinal);
        Assert.True(nested.TotalHits > 0);
    }

    /// <summary>Regression: 100,000 characters of "( ( (" listed 50,000 warnings (the CLI printed each one).</summary>
    [Fact]
    public async Task Search_ListsTwentyWarningsThenCountsTheRest()
    {
        var query = string.Join(' ', Enumerable.Repeat("(", SearchOptions.MaximumQueryLength / 2));

        var results = await fixture.Index.SearchAsync(query);

        Assert.Equal(21, results.Warnings.Count);
        Assert.Equal("Brackets do not group in this query language; at position 38 it was read as text.", results.Warnings[19]);
        Assert.Equal("49,980 more problems were read as text or ignored; they are not listed.", results.Warnings[20]);
    }

    [Fact]
    public async Task Search_HundredThousandOpeningBracketsIsRefusedAtPositionZeroInStrictMode()
    {
        var query = new string('(', SearchOptions.MaximumQueryLength);

        var error = await Assert.ThrowsAsync<QueryException>(() => fixture.Index.SearchAsync(query, new SearchOptions { Strict = true }));

        Assert.Equal(0, error.Position);
        Assert.StartsWith("Brackets do not group in this query language", error.Problem, StringComparison.Ordinal);
    }

    /// <summary>Regression: a query of a million characters was analyzed whole (a million Han characters: about 2 s and 1 GB
    /// allocated before the term limit refused it; 500,000 brackets: 500,000 warnings).</summary>
    [Theory]
    [InlineData('(')]
    [InlineData('数')]
    [InlineData('a')]
    [InlineData(' ')]
    public async Task Search_QueryLongerThanMaxQueryLengthIsRefusedAtTheFirstCharacterPastIt(char fill)
    {
        var query = new string(fill, 1_000_000) + "x";

        var error = await Assert.ThrowsAsync<QueryException>(() => fixture.Index.SearchAsync(query));
        var explain = await Assert.ThrowsAsync<QueryException>(() => fixture.Index.ExplainAsync(fixture.FirstId, query));

        Assert.Equal(SearchOptions.MaximumQueryLength, error.Position);
        Assert.Equal(query.Length - SearchOptions.MaximumQueryLength, error.Length);
        Assert.Equal("The query is longer than 100,000 characters (SearchOptions.MaximumQueryLength); shorten it. (at position 100000 of the query)", error.Message);
        Assert.Equal(SearchOptions.MaximumQueryLength, explain.Position);
    }

    [Theory]
    [InlineData("words", 512)]
    [InlineData("chinese", 0)]
    [InlineData("or-chain", 512)]
    public async Task Search_FiveThousandTermRunIsRefusedWithThePositionOfTheFirstTermTooMany(string run, int clause)
    {
        var words = Enumerable.Range(0, 5000).Select(i => run switch
        {
            "words" => $"word{i}",
            "or-chain" => $"w{i} OR",
            _ => "数据安全治理",
        });
        var query = run == "chinese" ? string.Concat(words) : string.Join(' ', words);

        var error = await Assert.ThrowsAsync<QueryException>(() => fixture.Index.SearchAsync(query));

        var expected = run switch
        {
            "words" => query.IndexOf($"word{clause} ", StringComparison.Ordinal),
            "or-chain" => query.IndexOf($"w{clause} ", StringComparison.Ordinal),
            _ => 0,
        };
        Assert.Equal(expected, error.Position);
        Assert.InRange(error.Position + error.Length, 1, query.Length);
        Assert.Contains("more than 512 terms (SearchOptions.MaximumQueryTerms)", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Regression: 1,025 or more filters made Lucene's TooManyClausesException escape the search.</summary>
    [Theory]
    [InlineData("type:t{0}")]
    [InlineData("-source:s{0}")]
    [InlineData("year:{1}")]
    [InlineData("lang:zh")]
    public async Task Search_FiveThousandFiltersAreRefusedAtTheFirstFilterTooMany(string filter)
    {
        var filters = Enumerable.Range(0, 5000).Select(i => string.Format(CultureInfo.InvariantCulture, filter, i, 1000 + i)).ToList();
        var query = "数据 " + string.Join(' ', filters);

        var error = await Assert.ThrowsAsync<QueryException>(() => fixture.Index.SearchAsync(query));

        Assert.Equal("数据 ".Length + filters.Take(512).Sum(f => f.Length + 1), error.Position);
        Assert.Equal(filters[512].Length, error.Length);
        Assert.Equal("The query has more than 512 terms and filters (SearchOptions.MaximumQueryTerms); shorten it", error.Problem);
    }

    [Fact]
    public async Task Search_AsManyFiltersAsMaxQueryTermsAnswers()
    {
        var query = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"type:t{i}"));

        var results = await fixture.Index.SearchAsync(query, new SearchOptions { MaximumQueryTerms = 1000 });

        Assert.Equal(0, results.TotalHits);
    }

    [Fact]
    public async Task Search_FiveThousandStopWordsAnswersWithNothing()
    {
        var query = string.Join(' ', Enumerable.Repeat("the", 5000));

        var results = await fixture.Index.SearchAsync(query);

        Assert.Equal(0, results.TotalHits);
    }

    [Theory]
    [InlineData("\uD800")]
    [InlineData("\uDFFF数据")]
    [InlineData("数据\uD83D")]
    [InlineData("\U00020000 😀 👨‍👩‍👧")]
    [InlineData("\0")]
    [InlineData("\uFFFF\uFFFE")]
    [InlineData("year:2020..2015 year:.. year:99999999999 topic:2147483648")]
    [InlineData("lang: type: source:\"\"")]
    [InlineData("\"数据\uD800\" -\"\uDC00\"")]
    public async Task Search_OddCharactersAndFiltersAnswer(string query)
    {
        var lenient = await fixture.Index.SearchAsync(query);
        var hybrid = await fixture.Index.SearchAsync(query, new SearchOptions { Mode = SearchMode.Hybrid });

        Assert.NotNull(lenient.Hits);
        Assert.NotNull(hybrid.Hits);
    }
}
