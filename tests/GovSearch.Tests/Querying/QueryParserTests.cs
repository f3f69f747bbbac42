using GovSearch.Querying;

namespace GovSearch.Tests.Querying;

public sealed class QueryParserTests
{
    [Theory]
    [InlineData("数据 安全", "数据 安全")]
    [InlineData("\"born free\" -slavery", "\"born free\" -slavery")]
    [InlineData("water OR river lake", "(water OR river) lake")]
    [InlineData("a OR b OR c", "(a OR b OR c)")]
    [InlineData("lang:EN type:law year:2019", "lang:en type:law year:2019..2019")]
    [InlineData("year:2015..2020 source:\"国务院 办公厅\"", "year:2015..2020 source:国务院 办公厅")]
    [InlineData("year:2015.. -year:..1990", "year:2015.. -year:..1990")]
    [InlineData("topic:3 治理", "治理 topic:3")]
    [InlineData("lang:zh OR lang:zh-hant", "lang:zh lang:zh-Hant")]
    [InlineData("COVID-19 10:30", "COVID-19 10:30")]
    public void Parse_ReadsTheQueryLanguage(string query, string expected)
    {
        var parsed = QueryParser.Parse(query, strict: true);

        Assert.Equal(expected, parsed.ToString());
        Assert.Empty(parsed.Warnings);
    }

    [Theory]
    [InlineData("Article 5: rights", "Article 5: rights")]
    [InlineData("http://www.gov.cn", "http://www.gov.cn")]
    [InlineData("  \"born free\" -slavery (a OR b) type:law  ", "\"born free\" -slavery (a OR b) type:law")]
    public void ParseLiteral_ReadsEveryRunBetweenSpacesAsAWord(string query, string words)
    {
        var parsed = QueryParser.Parse(query, QuerySyntax.Literal, strict: true);

        Assert.Equal(words, parsed.ToString());
        Assert.All(parsed.Groups, g => Assert.False(Assert.Single(g).IsPhrase || g[0].Negated));
        Assert.All(parsed.Groups, g => Assert.Equal(g[0].Text, query.Substring(g[0].Position, g[0].Length)));
        Assert.Empty(parsed.Filters);
        Assert.Empty(parsed.Warnings);
    }

    [Theory]
    [InlineData("\"born free", 0, "The quote is not closed", "born free")]
    [InlineData("law - order", 4, "A '-' stands alone", "law order")]
    [InlineData("OR water", 0, "OR must stand between two words or phrases", "water")]
    [InlineData("water OR", 6, "OR must stand between two words or phrases", "water")]
    [InlineData("water OR OR river", 9, "OR must stand between two words or phrases", "(water OR river)")]
    [InlineData("water : river", 6, "A ':' must join a field and a value", "water : river")]
    [InlineData("title:water", 0, "'title' is not a field", "title:water")]
    [InlineData("water (river", 6, "Brackets do not group", "water (river")]
    [InlineData("year:abc", 0, "'abc' is not a year or range", "abc")]
    [InlineData("year:2020..2010", 0, "'2020..2010' is not a year or range", "2020..2010")]
    [InlineData("lang:fr law", 0, "'fr' is not a language", "fr law")]
    [InlineData("lang: law", 0, "The filter 'lang:' has no value", "law")]
    [InlineData("\"\" law", 0, "The phrase is empty", "law")]
    public void Parse_DegradesMalformedInputToTextInLenientModeAndFailsWithPositionInStrictMode(string query, int position, string problem, string lenient)
    {
        var parsed = QueryParser.Parse(query, strict: false);
        var error = Assert.Throws<QueryException>(() => QueryParser.Parse(query, strict: true));

        Assert.Equal(lenient, parsed.ToString());
        Assert.StartsWith(problem, Assert.Single(parsed.Warnings), StringComparison.Ordinal);
        Assert.Contains($"at position {position}", parsed.Warnings[0], StringComparison.Ordinal);
        Assert.Equal(position, error.Position);
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
        Assert.EndsWith($"(at position {position} of the query)", error.Message, StringComparison.Ordinal);
        Assert.Equal(query, error.Query);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t ")]
    public void Parse_RejectsEmptyQueryInEveryMode(string query)
    {
        var lenient = Assert.Throws<QueryException>(() => QueryParser.Parse(query, strict: false));
        Assert.Throws<QueryException>(() => QueryParser.Parse(query, strict: true));

        Assert.Equal("The query is empty; give at least one word, phrase or filter. (at position 0 of the query)", lenient.Message);
        Assert.Equal(0, lenient.Position);
        Assert.Equal(query.Length, lenient.Length);
    }

    [Fact]
    public void Parse_IsLinearOnHugeQueries()
    {
        var query = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"w{i}"));

        var parsed = QueryParser.Parse(query, strict: true);

        Assert.Equal(5000, parsed.Groups.Count);
    }
}
