using System.Text.Json;
using GovSearch.Analysis;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Analysis;

/// <summary>
/// The one-pass bigram tokenizer of indexes without bigram positions gives the same terms, offsets and types as the
/// Lucene chain (StandardTokenizer, CJKBigramFilter) that indexes with positions use: on every title and text of
/// dev.jsonl and on a table of edge cases.
/// </summary>
public sealed class HanBigramTokenizerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("法")]
    [InlineData("数据安全法")]
    [InlineData("國家治理，個人資訊保護")]
    [InlineData("ＧＤＰ增长率")]
    [InlineData("第一条 法 规定")]
    [InlineData("会议强调 rule of law 的重要性")]
    [InlineData("2021年数据安全")]
    [InlineData("Data Security Law of 2021")]
    [InlineData("a中b国c")]
    [InlineData("中\n国\r\n人民")]
    [InlineData("〇一二三")]
    [InlineData("𠀀𠀁中𠀂")]
    [InlineData("𠀀")]
    [InlineData("中\uD800国")]
    [InlineData("豈更車")]
    [InlineData("㐀㐁")]
    [InlineData("《中华人民共和国宪法》（二〇一八年）")]
    [InlineData("法律123条例")]
    public void Tokens_EqualTheLuceneChain(string text) => AssertSame(text);

    [Fact]
    public void Tokens_EqualTheLuceneChain_OnEveryDevText()
    {
        var texts = File.ReadLines(TestCorpus.Require("dev.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .SelectMany(e => new[] { e.GetProperty("title").GetString()!, e.GetProperty("text").GetString()! })
            .ToList();

        Assert.NotEmpty(texts);
        using var chain = new BigramAnalyzer(convertTraditional: true, BigramPostings.Positions);
        using var fast = new BigramAnalyzer(convertTraditional: true, BigramPostings.Frequencies);
        foreach (var text in texts)
        {
            Assert.Equal(Terms(chain, text, out var chainEnd), Terms(fast, text, out var fastEnd));
            Assert.Equal(chainEnd, fastEnd);
        }
    }

    [Fact]
    public void Tokens_TakeConsecutivePositions()
    {
        using var fast = new BigramAnalyzer(convertTraditional: true, BigramPostings.Frequencies);

        var tokens = AnalyzerHarness.Tokens(fast, "数据 and 安全法", out _);

        Assert.Equal("数据[0,2,+1] 安全[7,9,+1] 全法[8,10,+1]", AnalyzerHarness.Format(tokens));
    }

    private static void AssertSame(string text)
    {
        foreach (var convert in new[] { true, false })
        {
            using var chain = new BigramAnalyzer(convert, BigramPostings.Positions);
            using var fast = new BigramAnalyzer(convert, BigramPostings.Frequencies);

            Assert.Equal(Terms(chain, text, out var chainEnd), Terms(fast, text, out var fastEnd));
            Assert.Equal(chainEnd, fastEnd);
        }
    }

    private static List<(string Term, int Start, int End, string Type)> Terms(BigramAnalyzer analyzer, string text, out int finalOffset) =>
        AnalyzerHarness.Tokens(analyzer, text, out finalOffset).Select(t => (t.Term, t.Start, t.End, t.Type)).ToList();
}
