using GovSearch.CrossLingual;

namespace GovSearch.Tests.CrossLingual;

public sealed class IbmModel1Tests
{
    /// <summary>A tiny parallel text in which each Chinese word has one obvious English translation.</summary>
    internal static readonly (string Zh, string En)[] TinyParallelText =
    [
        ("经济 发展", "economic development"),
        ("经济 增长", "economic growth"),
        ("发展 改革", "development reform"),
        ("改革 开放", "reform opening"),
        ("经济 改革", "economic reform"),
        ("增长 稳定", "growth stable"),
        ("稳定 发展", "stable development"),
        ("开放 经济", "opening economic"),
    ];

    private static List<(IReadOnlyList<string> Source, IReadOnlyList<string> Target)> ChineseToEnglish() =>
        TinyParallelText.Select(p => ((IReadOnlyList<string>)p.Zh.Split(' '), (IReadOnlyList<string>)p.En.Split(' '))).ToList();

    [Fact]
    public void Train_LearnsTheObviousTranslations()
    {
        var model = IbmModel1.Train(ChineseToEnglish(), iterations: 10);

        foreach (var (zh, en) in new[] { ("经济", "economic"), ("发展", "development"), ("改革", "reform"), ("增长", "growth"), ("稳定", "stable"), ("开放", "opening") })
        {
            var best = model.Translations(zh).MaxBy(t => t.Value);
            Assert.Equal(en, best.Key);
            Assert.True(best.Value > 0.6, $"t({en} | {zh}) = {best.Value:F3}, expected above 0.6");
        }
    }

    [Fact]
    public void Train_GivesEachSourceWordADistribution()
    {
        var model = IbmModel1.Train(ChineseToEnglish(), iterations: 5);

        foreach (var source in model.SourceWords)
        {
            Assert.Equal(1.0, model.Translations(source).Values.Sum(), precision: 9);
        }

        Assert.Contains(IbmModel1.Null, model.SourceWords);
        Assert.Equal(0, model.Probability("经济", "never-seen"));
    }

    [Fact]
    public void Train_MoreIterationsSharpenTheTranslations()
    {
        var once = IbmModel1.Train(ChineseToEnglish(), iterations: 1);
        var often = IbmModel1.Train(ChineseToEnglish(), iterations: 10);

        Assert.True(often.Probability("经济", "economic") > once.Probability("经济", "economic"));
    }

    [Fact]
    public void Train_RefusesIterationsOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IbmModel1.Train(ChineseToEnglish(), iterations: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => IbmModel1.Train(ChineseToEnglish(), iterations: 101));
    }
}
