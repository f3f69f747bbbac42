using GovSearch.Evaluation;

namespace GovSearch.Tests.Evaluation;

/// <summary>Reading queries files: with a header row, or headerless as govsearch batch reads them.</summary>
public sealed class EvaluationQueryFileTests
{
    [Fact]
    public void Parse_ReadsHeaderColumnsInAnyOrderAndKeepsExtraColumns()
    {
        var queries = EvaluationQueryFile.Parse(["# comment", "", "Query\tqid\tkind\thalf", "数据 安全\tq1\tzh\ttune\r", "freedom\tq2\ten\tcheck"], "q.tsv");

        Assert.Equal(["q1", "q2"], queries.Select(q => q.Id));
        Assert.Equal(("数据 安全", "zh", "tune", 4), (queries[0].Text, queries[0].Kind, queries[0].Columns["half"], queries[0].Line));
        Assert.Equal(["half"], queries[1].Columns.Keys);
    }

    [Fact]
    public void Parse_ReadsHeaderlessBatchFormatWithoutKind()
    {
        var queries = EvaluationQueryFile.Parse(["q1\tdata security", "q2\t\"a b\"\tand a tab"], "q.tsv");

        Assert.Equal(["data security", "\"a b\"\tand a tab"], queries.Select(q => q.Text));
        Assert.All(queries, q => Assert.Null(q.Kind));
    }

    [Theory]
    [InlineData("q1", "expected 'qid<TAB>query' with a qid without spaces, or a header row naming the columns qid and query")]
    [InlineData("q 1\tx", "expected 'qid<TAB>query' with a qid without spaces, or a header row naming the columns qid and query")]
    [InlineData("q1\t  ", "expected 'qid<TAB>query' with a qid without spaces, or a header row naming the columns qid and query")]
    [InlineData("q0\tagain", "the query id 'q0' was already used on line 1")]
    public void Parse_RejectsMalformedHeaderlessLineNamingIt(string line, string problem)
    {
        var error = Assert.Throws<FormatException>(() => EvaluationQueryFile.Parse(["q0\tfine", "", line], "q.tsv"));

        Assert.Equal($"q.tsv:3: {problem}.", error.Message);
    }

    [Theory]
    [InlineData("q1\tzh", "expected 3 tab-separated fields (qid, kind, query) but found 2")]
    [InlineData("\tzh\tx", "the query id '' must be non-empty and have no spaces")]
    [InlineData("q1\t\tx", "the kind is empty")]
    [InlineData("q1\tzh\t ", "the query text is empty")]
    public void Parse_RejectsMalformedRowNamingIt(string line, string problem)
    {
        var error = Assert.Throws<FormatException>(() => EvaluationQueryFile.Parse(["qid\tkind\tquery", line], "q.tsv"));

        Assert.Equal($"q.tsv:2: {problem}.", error.Message);
    }

    [Fact]
    public void Parse_RejectsRepeatedColumnAndEmptyFile()
    {
        Assert.Equal("q.tsv:1: the header names the column 'qid' twice.", Assert.Throws<FormatException>(() => EvaluationQueryFile.Parse(["qid\tquery\tQID"], "q.tsv")).Message);
        Assert.Equal("q.tsv: the file has no query.", Assert.Throws<FormatException>(() => EvaluationQueryFile.Parse(["# only", "qid\tquery"], "q.tsv")).Message);
    }
}
