namespace GovSearch.Tests.Quality;

/// <summary>Reading the judged query file: good lines load, bad lines fail naming their line.</summary>
public sealed class JudgedQuerySetTests
{
    [Fact]
    public void Parse_ReadsQueriesAndSkipsCommentsAndBlankLines()
    {
        string[] lines =
        [
            "# header",
            "",
            "# why",
            "zh-01\tzh\t野生动物保护 管理\tlrb-1:2,lrb-2:1\r",
            "en-01\ten\t\"freedom of speech\"\tudhr-en:2",
        ];

        var set = JudgedQuerySet.Parse(lines, "q.tsv");

        Assert.Equal(["zh-01", "en-01"], set.Queries.Select(q => q.Id));
        var first = set.Queries[0];
        Assert.Equal(("zh", "野生动物保护 管理", 4), (first.Language, first.Text, first.Line));
        Assert.Equal(2, first.GradeOf("lrb-1"));
        Assert.Equal(1, first.GradeOf("lrb-2"));
        Assert.Equal(0, first.GradeOf("lrb-3"));
        Assert.Equal("\"freedom of speech\"", set.Queries[1].Text);
    }

    [Theory]
    [InlineData("q1\ten\tquery", "expected 4 tab-separated fields (qid, lang, query, judgments) but found 3")]
    [InlineData("q1\ten\tquery\ta:2\textra", "expected 4 tab-separated fields (qid, lang, query, judgments) but found 5")]
    [InlineData("\ten\tquery\ta:2", "the query id '' must be non-empty and have no spaces")]
    [InlineData("q1\tfr\tquery\ta:2", "the language 'fr' is not one of en, mixed, zh, zh-Hant")]
    [InlineData("q1\ten\t  \ta:2", "the query text is empty")]
    [InlineData("q1\ten\tquery\t", "the query has no judged document; give at least one id:grade")]
    [InlineData("q1\ten\tquery\ta", "the judgment 'a' is not id:grade")]
    [InlineData("q1\ten\tquery\ta:2,,b:1", "the judgment '' is not id:grade")]
    [InlineData("q1\ten\tquery\ta:3", "the grade in 'a:3' must be 1 or 2 (unlisted documents count as 0)")]
    [InlineData("q1\ten\tquery\ta:0", "the grade in 'a:0' must be 1 or 2 (unlisted documents count as 0)")]
    [InlineData("q1\ten\tquery\ta: 2", "the grade in 'a: 2' must be 1 or 2 (unlisted documents count as 0)")]
    [InlineData("q1\ten\tquery\ta:2,a:1", "the document 'a' is judged twice")]
    public void Parse_RejectsMalformedLineNamingIt(string line, string problem)
    {
        var error = Assert.Throws<FormatException>(() => JudgedQuerySet.Parse(["# header", "ok\ten\tfine\tx:1", line], "q.tsv"));

        Assert.Equal($"q.tsv, line 3: {problem}.", error.Message);
    }

    [Fact]
    public void Parse_RejectsRepeatedQueryIdNamingBothLines()
    {
        var error = Assert.Throws<FormatException>(() => JudgedQuerySet.Parse(["q1\ten\tone\ta:1", "", "q1\tzh\t二\tb:2"], "q.tsv"));

        Assert.Equal("q.tsv, line 3: the query id 'q1' was already used on line 1.", error.Message);
    }

    [Fact]
    public void Parse_RejectsFileWithoutQueries()
    {
        var error = Assert.Throws<FormatException>(() => JudgedQuerySet.Parse(["# only a comment", ""], "q.tsv"));

        Assert.Equal("q.tsv has no judged query.", error.Message);
    }
}
