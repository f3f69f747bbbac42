using GovSearch.Analysis;
using GovSearch.CrossLingual;

namespace GovSearch.Tests.CrossLingual;

/// <summary>
/// The table shipped inside the package (trained on all the corpus's aligned text by <c>govsearch
/// learn-translations</c>) translates governance terms sensibly. Thresholds, not full answers: a rebuilt table may
/// order its minor entries differently.
/// </summary>
public sealed class ShippedTranslationTableTests
{
    private static readonly TranslationTable Table = TranslationTable.LoadShipped();

    [Theory]
    [InlineData("改革", "reform", 0.7)]
    [InlineData("经济", "econom", 0.3)]
    [InlineData("税", "tax", 0.5)]
    [InlineData("党", "parti", 0.5)]
    [InlineData("扶贫", "poverti", 0.3)]
    public void ChineseTerm_TranslatesToItsEnglishTerm(string chinese, string english, double minimum) =>
        AssertWeight(TranslationDirection.ChineseToEnglish, chinese, minimum, english);

    [Theory]
    [InlineData("econom", "经济", 0.5)]
    [InlineData("reform", "改革", 0.7)]
    [InlineData("polici", "政策", 0.7)]
    [InlineData("congress", "代表大会", 0.5)]
    [InlineData("pollut", "污染", 0.4)]
    public void EnglishTerm_TranslatesToItsChineseTerm(string english, string chinese, double minimum) =>
        AssertWeight(TranslationDirection.EnglishToChinese, english, minimum, chinese);

    [Fact]
    public void RuleOfLaw_TranslatesToRuleAndLaw() =>
        AssertWeight(TranslationDirection.ChineseToEnglish, "法治", 0.6, "rule", "law", "rule law");

    [Fact]
    public void Npc_TranslatesToNpcOrCongress()
    {
        AssertWeight(TranslationDirection.ChineseToEnglish, "人大", 0.3, "npc", "congress", "nation peopl congress");
        Assert.Equal("npc", Table.Translate(TranslationDirection.ChineseToEnglish, "人大")[0].Target);
    }

    [Fact]
    public void NationalPeoplesCongress_IsAPhraseEntryBothWays()
    {
        using var tokenizer = new TranslationTokenizer(AnalysisOptions.Default);
        var chinese = string.Join(' ', tokenizer.Tokenize("全国人民代表大会"));
        var english = string.Join(' ', tokenizer.Tokenize("National People's Congress"));

        AssertWeight(TranslationDirection.ChineseToEnglish, chinese, 0.5, english);
        AssertWeight(TranslationDirection.EnglishToChinese, english, 0.5, chinese);
    }

    [Fact]
    public void BeltAndRoad_TranslatesAsOnePhraseFirst()
    {
        var best = Table.Translate(TranslationDirection.ChineseToEnglish, "一带一路")[0];

        Assert.Equal(["belt", "road"], best.Terms);
    }

    [Fact]
    public void Table_CoversBothDirections()
    {
        Assert.InRange(Table.Count(TranslationDirection.EnglishToChinese), 2_000, 50_000);
        Assert.InRange(Table.Count(TranslationDirection.ChineseToEnglish), 2_000, 50_000);
    }

    private static void AssertWeight(TranslationDirection direction, string source, double minimum, params string[] targets)
    {
        var translations = Table.Translate(direction, source);
        var weight = translations.Where(t => targets.Contains(t.Target)).Sum(t => t.Probability);
        Assert.True(
            weight >= minimum,
            $"'{source}' gives {string.Join(", ", translations.Select(t => $"{t.Target} {t.Probability:F3}"))}; expected at least {minimum} on {string.Join(" | ", targets)}.");
    }
}
