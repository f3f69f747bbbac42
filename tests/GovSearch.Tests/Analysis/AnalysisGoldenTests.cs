using GovSearch.Analysis;
using Xunit;

namespace GovSearch.Tests.Analysis;

/// <summary>
/// Runs every row of <c>TestData/analysis-golden.tsv</c> through <see cref="GovAnalyzer"/> with the default options.
/// The table changes only on purpose, in its own commit.
/// </summary>
public sealed class AnalysisGoldenTests
{
    public static TheoryData<int, string, string, string> Rows()
    {
        var data = new TheoryData<int, string, string, string>();
        foreach (var row in GoldenRow.Load())
        {
            data.Add(row.Line, row.Mode, row.Input, row.Expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Analyzer_EmitsTheGoldenTokens(int line, string mode, string input, string expected)
    {
        var analysisMode = mode == "index" ? AnalysisMode.Index : AnalysisMode.Query;

        var actual = AnalyzerHarness.Format(AnalyzerHarness.Tokens(analysisMode, input));

        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"analysis-golden.tsv:{line} ({mode}) {input}\nexpected: {expected}\nactual:   {actual}");
        }
    }

    [Theory]
    [InlineData("四个全面")]
    [InlineData("两个维护")]
    [InlineData("依法治国")]
    [InlineData("全面依法治国")]
    [InlineData("国家治理体系和治理能力现代化")]
    [InlineData("数据安全法")]
    [InlineData("《中华人民共和国数据安全法》")]
    [InlineData("國家治理")]
    [InlineData("ＡＢＣ１２３")]
    [InlineData("GDP增长6.5%左右")]
    [InlineData("1,000,000")]
    [InlineData("2019年")]
    [InlineData("中𠀀国")]
    [InlineData("中国😀人民")]
    public void GoldenTable_CoversInputInBothModes(string input)
    {
        var rows = GoldenRow.Load();

        Assert.Contains(rows, r => r.Input == input && r.Mode == "index");
        Assert.Contains(rows, r => r.Input == input && r.Mode == "query");
    }

    [Fact]
    public void GoldenTable_HasNoRepeatedRows()
    {
        var rows = GoldenRow.Load();

        var repeated = rows.GroupBy(r => (r.Mode, r.Input)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Mode} {g.Key.Input}").ToList();

        Assert.Empty(repeated);
    }
}
