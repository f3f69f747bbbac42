using GovSearch.Evaluation;

namespace GovSearch.Tests.Evaluation;

/// <summary>Reading TREC qrels: qid 0 docid grade.</summary>
public sealed class QrelsFileTests
{
    [Fact]
    public void Parse_ReadsGradesSeparatedBySpacesOrTabs()
    {
        var qrels = QrelsFile.Parse(["# comment", "q1 0 a 2", "q1\tQ0\tb\t-1", "", "q2 0 a 1"], "r.txt");

        Assert.Equal(["q1", "q2"], qrels.QueryIds);
        Assert.Equal(2, qrels.GradesOf("q1")["a"]);
        Assert.Equal(-1, qrels.GradesOf("q1")["b"]);
        Assert.Empty(qrels.GradesOf("q3"));
    }

    [Theory]
    [InlineData("q1 0 a", "expected 4 fields 'qid 0 docid grade' but found 3")]
    [InlineData("q1 0 a 2 x", "expected 4 fields 'qid 0 docid grade' but found 5")]
    [InlineData("q1 0 a high", "the grade 'high' is not a whole number")]
    [InlineData("q1 0 x 1", "the document 'x' is judged twice for query 'q1'")]
    public void Parse_RejectsMalformedLineNamingIt(string line, string problem)
    {
        var error = Assert.Throws<FormatException>(() => QrelsFile.Parse(["q1 0 x 2", line], "r.txt"));

        Assert.Equal($"r.txt:2: {problem}.", error.Message);
    }

    [Fact]
    public void Load_NamesMissingFile()
    {
        var error = Assert.Throws<FileNotFoundException>(() => QrelsFile.Load("/nonexistent/r.txt"));

        Assert.Equal("The qrels file '/nonexistent/r.txt' does not exist.", error.Message);
    }
}
