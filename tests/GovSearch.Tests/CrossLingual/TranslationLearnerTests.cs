using GovSearch.Analysis;
using GovSearch.CrossLingual;

namespace GovSearch.Tests.CrossLingual;

public sealed class TranslationLearnerTests
{
    [Fact]
    public void Learn_TranslatesThroughTheIndexAnalysisBothWays()
    {
        var pairs = new List<AlignedPair>();
        foreach (var (zh, en) in IbmModel1Tests.TinyParallelText)
        {
            pairs.Add(new AlignedPair("tiny", zh.Replace(" ", "，", StringComparison.Ordinal), en.Replace(" ", ", ", StringComparison.Ordinal)));
        }

        using var tokenizer = new TranslationTokenizer(AnalysisOptions.Default);
        var table = TranslationLearner.Learn(pairs, tokenizer, new TranslationLearningOptions { Iterations = 10, MinimumSourceCount = 1 });

        // English terms are those of the index: lower-cased and Porter-stemmed.
        Assert.Equal("经济", table.Translate(TranslationDirection.EnglishToChinese, "econom")[0].Target);
        Assert.Equal("reform", table.Translate(TranslationDirection.ChineseToEnglish, "改革")[0].Target);
        Assert.Equal("develop", table.Translate(TranslationDirection.ChineseToEnglish, "发展")[0].Target);
        foreach (var source in table.Sources(TranslationDirection.ChineseToEnglish))
        {
            Assert.InRange(table.Translate(TranslationDirection.ChineseToEnglish, source).Sum(t => t.Probability), 0.99, 1.01);
        }
    }

    [Fact]
    public void Learn_KeepsAPhraseTheTextAlwaysTranslatesTheSameWay()
    {
        var pairs = new List<(IReadOnlyList<string> Zh, IReadOnlyList<string> En)>();
        string[] others = ["经济", "改革", "发展", "开放", "稳定", "增长"];
        string[] english = ["econom", "reform", "develop", "open", "stabl", "growth"];
        for (var k = 0; k < 12; k++)
        {
            pairs.Add((["全国", "人民", "代表大会", others[k % 6]], ["nation", "peopl", "congress", english[k % 6]]));
            pairs.Add((["人民", others[(k + 1) % 6]], ["peopl", english[(k + 1) % 6]]));
        }

        var table = TranslationLearner.Learn(pairs, new TranslationLearningOptions());

        var phrase = Assert.Single(table.Translate(TranslationDirection.ChineseToEnglish, "全国 人民 代表大会"));
        Assert.Equal("nation peopl congress", phrase.Target);
        Assert.Equal(["nation", "peopl", "congress"], phrase.Terms);
        Assert.Equal("全国 人民 代表大会", table.Translate(TranslationDirection.EnglishToChinese, "nation peopl congress")[0].Target);

        // A part of the name that never occurs without the rest is not a phrase of its own.
        Assert.Empty(table.Translate(TranslationDirection.ChineseToEnglish, "全国 人民"));
    }

    [Theory]
    [InlineData(0, "Iterations")]
    [InlineData(101, "Iterations")]
    public void Options_NameTheSettingOutOfRange(int iterations, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new TranslationLearningOptions { Iterations = iterations }.Validate());

        Assert.Contains($"TranslationLearningOptions.{name}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_DefaultsAreThoseOfTheShippedTable()
    {
        var options = new TranslationLearningOptions();

        Assert.Equal(8, options.Iterations);
        Assert.Equal(5, options.MaximumTranslations);
        Assert.Equal(0.02, options.MinimumScore);
        Assert.Equal(3, options.MinimumSourceCount);
        Assert.Equal(5, options.MinimumPhraseCount);
        Assert.Equal(0.8, options.MinimumPhraseConsistency);
    }
}
