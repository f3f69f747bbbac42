using System.Text;
using GovSearch.Analysis;
using GovSearch.Tests.Support;
using Xunit;

namespace GovSearch.Tests.Analysis;

public sealed class GovAnalyzerTests
{
    /// <summary>Options that keep every word as written (no stop words, no stemming), so terms can be traced back.</summary>
    private static readonly AnalysisOptions Plain = new() { RemoveEnglishStopWords = false, StemEnglish = false };

    [Theory]
    [InlineData("國家治理體系和治理能力現代化")]
    [InlineData("ＡＢＣ１２３，ｄｅｆ")]
    [InlineData("The People's Republic of China’s GDP grew 6.5% to 1,000,000 yuan")]
    [InlineData("推進GDP增长６．５％，中𠀀国😀人民")]
    [InlineData("“四个全面”和“两个维护”是全面依法治国的要求")]
    public void Offsets_PointAtTheOriginalText(string text)
    {
        foreach (var mode in new[] { AnalysisMode.Index, AnalysisMode.Query })
        {
            var tokens = AnalyzerHarness.Tokens(mode, text, Plain);

            Assert.NotEmpty(tokens);
            TokenChecks.AssertWellFormed(text, tokens);
            foreach (var token in tokens)
            {
                Assert.Equal(ExpectedTerm(text, token), token.Term);
            }
        }
    }

    [Fact]
    public void RandomText_AlwaysGivesWellFormedTokensTracedToTheOriginal()
    {
        var random = new Random(20240601);
        string[] pieces =
        [
            "中", "国", "人民", "治理", "國家", "體系", "四个全面", "依法治国", "全面依法治国", "一国两制", "的", "〇",
            "a", "B", "law", "China", "é", "x\u0301", "0", "7", "1,000", "6.5", "'s", "’", "'", ".", ",", "-", " ", "\n",
            "，", "。", "《", "》", "ＡＢ", "１", "％", "\u3000", "𠀀", "𪚥", "😀", "🇨🇳", "\uD800", "\uDC00", "\uDBFF\uDFFF",
        ];
        for (var i = 0; i < 300; i++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 40);
            for (var k = 0; k < count; k++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            foreach (var mode in new[] { AnalysisMode.Index, AnalysisMode.Query })
            {
                TokenChecks.AssertWellFormed(text, AnalyzerHarness.Tokens(mode, text));
                var plain = AnalyzerHarness.Tokens(mode, text, Plain);
                TokenChecks.AssertWellFormed(text, plain);
                Assert.All(plain, token => Assert.Equal(ExpectedTerm(text, token), token.Term));
            }
        }
    }

    [Theory]
    [InlineData("中\uD800国", new[] { "中", "国" })]
    [InlineData("x\uDC00y", new[] { "x", "y" })]
    [InlineData("法\uD83D", new[] { "法" })]
    [InlineData("\uDC00\uD800", new string[0])]
    [InlineData("\uDBFF\uDFFF治理", new[] { "治理" })]
    [InlineData("𠀀𠀁", new[] { "𠀀", "𠀁" })]
    public void Tokens_NeverContainLoneSurrogates(string text, string[] expectedTerms)
    {
        var tokens = AnalyzerHarness.Tokens(AnalysisMode.Index, text);

        Assert.Equal(expectedTerms, tokens.Select(t => t.Term));
        Assert.All(tokens, t => Assert.False(TokenChecks.HasLoneSurrogate(t.Term)));
        TokenChecks.AssertWellFormed(text, tokens);
    }

    [Fact]
    public void QueryMode_Gives四个全面AsExactlyOneToken()
    {
        var tokens = AnalyzerHarness.Tokens(AnalysisMode.Query, "四个全面");

        var token = Assert.Single(tokens);
        Assert.Equal(new AnalyzedToken("四个全面", 0, 4, 1, TokenTypes.Protected), token);
    }

    public static TheoryData<string> DefaultProtectedTerms() => new(AnalysisOptions.DefaultProtectedTerms);

    [Theory]
    [MemberData(nameof(DefaultProtectedTerms))]
    public void QueryMode_KeepsEveryDefaultProtectedTermWhole(string term)
    {
        var tokens = AnalyzerHarness.Tokens(AnalysisMode.Query, term);

        Assert.Equal(new AnalyzedToken(term, 0, term.Length, 1, TokenTypes.Protected), Assert.Single(tokens));
    }

    [Theory]
    [MemberData(nameof(DefaultProtectedTerms))]
    public void IndexMode_StacksThePartsOfEveryDefaultProtectedTermOnTheWholeTerm(string term)
    {
        var tokens = AnalyzerHarness.Tokens(AnalysisMode.Index, term);

        Assert.Equal(new AnalyzedToken(term, 0, term.Length, 1, TokenTypes.Protected), tokens[0]);
        Assert.All(tokens.Skip(1), t => Assert.Equal(0, t.PositionIncrement));
        Assert.Equal(tokens.Count, tokens.Select(t => (t.Start, t.End)).Distinct().Count());
        TokenChecks.AssertWellFormed(term, tokens);
    }

    [Theory]
    [InlineData("一国两制")]
    [InlineData("五位一体")]
    [InlineData("民主集中制")]
    public void IndexMode_IndexesAProtectedTermOncePerOccurrenceEvenWhenSmartCnKnowsIt(string term)
    {
        var tokens = AnalyzerHarness.Tokens(AnalysisMode.Index, $"坚持{term}，坚持{term}");

        Assert.Equal(2, tokens.Count(t => t.Term == term));
    }

    [Fact]
    public void IndexMode_StacksANestedProtectedTermThatStartsWhereTheOuterOneStarts()
    {
        var options = new AnalysisOptions { ProtectedTerms = ["一带一路", "一带一路倡议"] };

        var indexed = AnalyzerHarness.Tokens(AnalysisMode.Index, "共建一带一路倡议", options);
        var query = AnalyzerHarness.Tokens(AnalysisMode.Query, "一带一路", options);

        Assert.Equal("一带一路倡议", indexed[1].Term);
        Assert.Contains(new AnalyzedToken("一带一路", 2, 6, 0, TokenTypes.Protected), indexed);
        Assert.Equal("一带一路", Assert.Single(query).Term);
    }

    [Fact]
    public void IndexMode_StacksEveryNestedProtectedTerm()
    {
        var tokens = AnalyzerHarness.Tokens(AnalysisMode.Index, "全面依法治国");

        Assert.Equal(["全面依法治国", "依法治国"], tokens.Where(t => t.Type == TokenTypes.Protected).Select(t => t.Term));
    }

    [Fact]
    public void ProtectedTerms_WrittenInTraditionalChinese_MatchSimplifiedText()
    {
        var options = new AnalysisOptions { ProtectedTerms = ["國家治理"] };

        var tokens = AnalyzerHarness.Tokens(AnalysisMode.Query, "国家治理", options);

        Assert.Equal(new AnalyzedToken("国家治理", 0, 4, 1, TokenTypes.Protected), Assert.Single(tokens));
    }

    [Fact]
    public void ConvertTraditionalOff_KeepsTraditionalCharactersButStillFoldsWidth()
    {
        var options = new AnalysisOptions { ConvertTraditional = false };

        var tokens = AnalyzerHarness.Tokens(AnalysisMode.Query, "國家ＡＢＣ", options);

        Assert.Equal("國家", string.Concat(tokens.Where(t => t.Type == TokenTypes.Han).Select(t => t.Term)));
        Assert.Equal("abc", tokens[^1].Term);
    }

    [Fact]
    public void StopWordsAndStemmingOff_KeepEnglishWordsAsWritten()
    {
        var tokens = AnalyzerHarness.Tokens(AnalysisMode.Query, "The committees were running", Plain);

        Assert.Equal(["the", "committees", "were", "running"], tokens.Select(t => t.Term));
        Assert.All(tokens, t => Assert.Equal(1, t.PositionIncrement));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t")]
    [InlineData("，。！《》“”")]
    [InlineData("😀🇨🇳👍🏽")]
    [InlineData("%$#@!")]
    public void TextWithoutWords_GivesNoTokens(string text)
    {
        using var analyzer = new GovAnalyzer(AnalysisOptions.Default, AnalysisMode.Index);

        var tokens = AnalyzerHarness.Tokens(analyzer, text, out var finalOffset);

        Assert.Empty(tokens);
        Assert.Equal(text.Length, finalOffset);
    }

    [Theory]
    [InlineData("中国人民")]
    [InlineData("The rule of law.")]
    [InlineData("依法治国 the")]
    public void End_ReportsTheTextLengthAsTheFinalOffset(string text)
    {
        using var analyzer = new GovAnalyzer(AnalysisOptions.Default, AnalysisMode.Index);

        AnalyzerHarness.Tokens(analyzer, text, out var finalOffset);

        Assert.Equal(text.Length, finalOffset);
    }

    [Fact]
    public void LongHanRun_IsSegmentedWholeAcrossTheSegmenterChunks()
    {
        var builder = new StringBuilder();
        while (builder.Length < 2600)
        {
            builder.Append("中华人民共和国宪法规定国家实行社会主义市场经济");
        }

        var text = builder.ToString();
        var tokens = AnalyzerHarness.Tokens(AnalysisMode.Query, text, new AnalysisOptions { ProtectedTerms = [] });

        TokenChecks.AssertWellFormed(text, tokens);
        Assert.Equal(text, string.Concat(tokens.Select(t => t.Term)));
        Assert.Equal(text.Length, tokens[^1].End);
    }

    [Fact]
    public void Words_LongerThan255Characters_AreDropped()
    {
        var kept = new string('b', GovTokenizer.MaxWordLength);
        var dropped = new string('a', GovTokenizer.MaxWordLength + 1);

        var tokens = AnalyzerHarness.Tokens(AnalysisMode.Query, $"{dropped} {kept} 中国", Plain);

        Assert.Equal([kept, "中国"], tokens.Select(t => t.Term));
        Assert.Equal(dropped.Length + 1, tokens[0].Start);
    }

    [Fact]
    public void Analyzer_GivesTheSameTokensWhenReused()
    {
        using var analyzer = new GovAnalyzer(AnalysisOptions.Default, AnalysisMode.Index);
        const string first = "坚持全面依法治国，The People's Republic 6.5%";
        const string second = "國家治理體系 𠀀 ＡＢＣ";

        var before = AnalyzerHarness.Tokens(analyzer, first, out _);
        AnalyzerHarness.Tokens(analyzer, second, out _);
        var after = AnalyzerHarness.Tokens(analyzer, first, out _);

        Assert.Equal(before, after);
    }

    [Fact]
    public void Constructor_RejectsInvalidOptions()
    {
        var options = new AnalysisOptions { ProtectedTerms = ["法"] };

        var error = Assert.Throws<ArgumentException>(() => new GovAnalyzer(options, AnalysisMode.Index));

        Assert.Contains("AnalysisOptions.ProtectedTerms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevCorpus_GivesWellFormedTokensForEveryDocument()
    {
        var documents = await CorpusReader.LoadAsync("dev.jsonl");
        using var analyzer = new GovAnalyzer(AnalysisOptions.Default, AnalysisMode.Index);

        foreach (var document in documents)
        {
            var text = document.Title + "\n" + document.Text;
            var tokens = AnalyzerHarness.Tokens(analyzer, text, out var finalOffset);

            Assert.NotEmpty(tokens);
            TokenChecks.AssertWellFormed(text, tokens);
            Assert.Equal(text.Length, finalOffset);
        }
    }

    /// <summary>
    /// The term a token should have under <see cref="Plain"/>, worked out from the original text at its offsets:
    /// normalized; for words, without a final possessive and in lower case; for numbers, without grouping commas.
    /// </summary>
    private static string ExpectedTerm(string text, AnalyzedToken token)
    {
        var source = TextNormalizer.Normalize(text[token.Start..token.End]);
        switch (token.Type)
        {
            case TokenTypes.Han or TokenTypes.Protected:
                return source;
            case TokenTypes.Number:
                return source.Replace(",", string.Empty, StringComparison.Ordinal);
            default:
                if (source.Length > 2 && source[^2] is '\'' or '\u2019' && source[^1] is 's' or 'S')
                {
                    source = source[..^2];
                }

                return source.ToLowerInvariant();
        }
    }
}
