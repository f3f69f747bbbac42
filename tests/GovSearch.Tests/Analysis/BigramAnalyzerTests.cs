using GovSearch.Analysis;

namespace GovSearch.Tests.Analysis;

/// <summary>The tokens of the character-bigram fields: a golden table, one row per kind of input.</summary>
public sealed class BigramAnalyzerTests
{
    [Theory]
    [InlineData("数据安全法", "数据[0,2,+1] 据安[1,3,+1] 安全[2,4,+1] 全法[3,5,+1]")]
    [InlineData("國家治理", "国家[0,2,+1] 家治[1,3,+1] 治理[2,4,+1]")]
    [InlineData("個人資訊保護", "个人[0,2,+1] 人资[1,3,+1] 资讯[2,4,+1] 讯保[3,5,+1] 保护[4,6,+1]")]
    [InlineData("ＧＤＰ增长率", "增长[3,5,+2] 长率[4,6,+1]")]
    [InlineData("数据，安全", "数据[0,2,+1] 安全[3,5,+1]")]
    [InlineData("依法 治国", "依法[0,2,+1] 治国[3,5,+1]")]
    [InlineData("法", "法[0,1,+1]")]
    [InlineData("第一条 法 规定", "第一[0,2,+1] 一条[1,3,+1] 法[4,5,+1] 规定[6,8,+1]")]
    [InlineData("会议强调 rule of law 的重要性", "会议[0,2,+1] 议强[1,3,+1] 强调[2,4,+1] 的重[17,19,+4] 重要[18,20,+1] 要性[19,21,+1]")]
    [InlineData("2021年数据安全", "年数[4,6,+2] 数据[5,7,+1] 据安[6,8,+1] 安全[7,9,+1]")]
    [InlineData("Data Security Law of 2021", "")]
    public void Bigrams_MatchTheGoldenRow(string text, string expected)
    {
        using var analyzer = new BigramAnalyzer(convertTraditional: true);

        var tokens = AnalyzerHarness.Tokens(analyzer, text, out var finalOffset);

        Assert.Equal(expected, AnalyzerHarness.Format(tokens));
        Assert.Equal(text.Length, finalOffset);
    }

    [Fact]
    public void Bigrams_KeepTraditionalCharactersWhenConversionIsOff()
    {
        using var analyzer = new BigramAnalyzer(convertTraditional: false);

        var tokens = AnalyzerHarness.Tokens(analyzer, "國家　治理", out _);

        Assert.Equal("國家[0,2,+1] 治理[3,5,+1]", AnalyzerHarness.Format(tokens));
    }

    [Fact]
    public void Bigrams_AreTypedSoQueriesCanTellPairsFromLoneCharacters()
    {
        using var analyzer = new BigramAnalyzer(convertTraditional: true);

        var tokens = AnalyzerHarness.Tokens(analyzer, "法 治国", out _);

        Assert.Equal([BigramAnalyzer.SingleType, BigramAnalyzer.BigramType], tokens.Select(t => t.Type));
    }
}
