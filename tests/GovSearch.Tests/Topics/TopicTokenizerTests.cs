using GovSearch.Analysis;
using GovSearch.Documents;
using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Topics;

public sealed class TopicTokenizerTests
{
    private static TopicTokenizer Tokenizer => TopicTestData.Tokenizer;

    [Fact]
    public void Tokenize_KeepsChineseContentWords()
    {
        var tokens = Tokenizer.Tokenize(null, "加强生态环境保护，推进生态文明建设。");

        Assert.Contains("加强", tokens);
        Assert.Contains("环境", tokens);
        Assert.Contains("保护", tokens);
        Assert.Contains("生态文明", tokens);
    }

    [Fact]
    public void Tokenize_KeepsProtectedFormulationsWholeWithoutTheirParts()
    {
        var tokens = Tokenizer.Tokenize(null, "坚持全面依法治国");

        Assert.Contains("全面依法治国", tokens);
        Assert.DoesNotContain("依法治国", tokens);
        Assert.DoesNotContain("全面", tokens);
    }

    [Fact]
    public void Tokenize_DropsNumbersAndArticleNumbers()
    {
        var tokens = Tokenizer.Tokenize(null, "第二十一条 2020年 预算 3.5% 增长 一百二十 1,000 reports 42");

        Assert.Contains("预算", tokens);
        Assert.Contains("增长", tokens);
        Assert.Contains("report", tokens);
        Assert.DoesNotContain(tokens, t => t.Any(char.IsDigit));
        Assert.DoesNotContain("二十一", tokens);
        Assert.DoesNotContain("第二十一", tokens);
        Assert.DoesNotContain("一百二十", tokens);
    }

    [Fact]
    public void Tokenize_DropsSingleCharactersAndChineseFunctionWords()
    {
        var tokens = Tokenizer.Tokenize(null, "国务院应当根据有关规定或者按照本法进行监督的工作");

        Assert.All(tokens, t => Assert.True(t.EnumerateRunes().Count() >= 2, $"'{t}' is a single character."));
        Assert.Contains("国务院", tokens);
        Assert.Contains("监督", tokens);
        foreach (var stop in new[] { "应当", "根据", "有关", "或者", "按照", "本法", "进行", "的" })
        {
            Assert.DoesNotContain(stop, tokens);
        }
    }

    [Fact]
    public void Tokenize_StemsEnglishAndDropsFunctionWords()
    {
        var tokens = Tokenizer.Tokenize(null, "We have strengthened our governance and we will protect the rights of all citizens.");

        Assert.Equal(["strengthen", "govern", "protect", "right", "citizen"], tokens);
    }

    [Fact]
    public void Tokenize_ConvertsTraditionalChinese()
    {
        var tokens = Tokenizer.Tokenize(null, "國家治理");

        Assert.Contains("国家", tokens);
        Assert.DoesNotContain("國家", tokens);
    }

    [Fact]
    public void Tokenize_PutsTitleTokensBeforeTextTokens()
    {
        var document = new GovDocument("d1") { Title = "Environmental protection", Text = "Pollution control" };

        Assert.Equal(["environment", "protect", "pollut", "control"], Tokenizer.Tokenize(document));
    }

    [Fact]
    public void Tokenize_FollowsTheAnalysisOptionsOfTheIndex()
    {
        using var unstemmed = new TopicTokenizer(AnalysisOptions.Default with { StemEnglish = false });

        Assert.Equal(["strengthened", "governance"], unstemmed.Tokenize(null, "We strengthened governance"));
    }

    [Fact]
    public void ChineseStopWords_AreFewAndDocumented()
    {
        Assert.InRange(TopicTokenizer.ChineseStopWords.Count, 20, 80);
        Assert.Contains("应当", (IReadOnlySet<string>)TopicTokenizer.ChineseStopWords);
        Assert.Contains("可以", (IReadOnlySet<string>)TopicTokenizer.ChineseStopWords);
    }

    [Fact]
    public void Tokenize_EmptyInputGivesNoTokens()
    {
        Assert.Empty(Tokenizer.Tokenize(null, null));
        Assert.Empty(Tokenizer.Tokenize("  ", "，。 1 2 3"));
    }
}
