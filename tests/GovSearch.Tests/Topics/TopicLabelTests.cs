namespace GovSearch.Tests.Topics;

/// <summary>Topic labels: the three strongest words, in both languages when the topic holds both.</summary>
public sealed class TopicLabelTests
{
    private static TopicWord[] Words(params string[] words) =>
        words.Select((w, i) => new TopicWord(w, 1.0 / (i + 1))).ToArray();

    [Fact]
    public void OneLanguageTopic_IsNamedByItsThreeStrongestWords()
    {
        Assert.Equal("保护 · 生态 · 环境", TopicDescription.MakeLabel(Words("保护", "生态", "环境", "污染", "治理")));
        Assert.Equal("econom · growth · develop", TopicDescription.MakeLabel(Words("econom", "growth", "develop", "reform")));
    }

    [Fact]
    public void BilingualTopic_NamesItsStrongestWordOfTheOtherLanguageThird()
    {
        Assert.Equal("改革 · 发展 · reform", TopicDescription.MakeLabel(Words("改革", "发展", "经济", "开放", "reform", "develop")));
        Assert.Equal("reform · develop · 改革", TopicDescription.MakeLabel(Words("reform", "develop", "econom", "改革", "发展")));
    }

    [Fact]
    public void MixedFirstThree_NumbersWeakStrayWordsAndWordsPastTheTenth_LeaveTheLabelAlone()
    {
        TopicWord[] stray = [new("燃气", 0.05), new("电影", 0.04), new("慈善", 0.04), new("失业", 0.03), new("treati", 0.04)];
        Assert.Equal("燃气 · 电影 · 慈善", TopicDescription.MakeLabel(stray));
        TopicWord[] weak = [new("燃气", 0.05), new("电影", 0.04), new("慈善", 0.04), new("treati", 0.01), new("film", 0.01)];
        Assert.Equal("燃气 · 电影 · 慈善", TopicDescription.MakeLabel(weak));
        Assert.Equal("改革 · reform · 发展", TopicDescription.MakeLabel(Words("改革", "reform", "发展", "develop")));
        Assert.Equal("改革 · 发展 · 经济", TopicDescription.MakeLabel(Words("改革", "发展", "经济", "2019", "10")));
        Assert.Equal(
            "改革 · 发展 · 经济",
            TopicDescription.MakeLabel(Words("改革", "发展", "经济", "开放", "创新", "市场", "企业", "政府", "工作", "建设", "reform")));
    }
}
