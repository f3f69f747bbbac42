using GovSearch.Thesaurus;

namespace GovSearch.Tests.Thesaurus;

/// <summary>Soft matching of thesaurus keys: a query that says an everyday phrase in other words finds it, and nothing else does.</summary>
public sealed class SoftKeyMatcherTests
{
    private static readonly GovernanceThesaurus Table = GovernanceThesaurus.Parse(new StringReader(string.Join('\n',
        "房东不退押金\t返还 押金\thousing\t",
        "房东扣押金\t返还 押金\thousing\t",
        "押金\t租赁 押金\thousing\t",
        "被狗咬了\t饲养动物 损害责任\ttort\t",
        "公司拖欠工资\t拖欠 劳动报酬\tlabour\t",
        "老板不发工资\t拖欠 劳动报酬\tlabour\t",
        "加班不给钱\t延长工作时间 工资报酬\tlabour\t",
        "工地受伤\t工伤 认定\tlabour\t",
        "个保法\t个人信息保护法\tlaw-names\t")), "test");

    private static IReadOnlyList<SoftMatch> Soft(string text, float minimum = 0.65f, int maximum = 3) =>
        Table.FindSoft(text, Table.FindAll(text), minimum, maximum);

    [Fact]
    public void FindSoft_MatchesAPhraseSaidInAnotherOrderWithWordsBetween()
    {
        var match = Assert.Single(Soft("工资公司一直拖欠着"));

        Assert.Equal("公司拖欠工资", match.Key);
        Assert.Equal(["拖欠 劳动报酬"], match.Entry.Legal);
        Assert.InRange(match.Quality, 0.65f, 1f);
        Assert.Equal("工资公司一直拖欠", "工资公司一直拖欠着".Substring(match.Start, match.Length));
    }

    [Fact]
    public void FindSoft_LeavesOutQuestionWords()
    {
        var match = Assert.Single(Soft("加班能不能不给钱"));

        Assert.Equal("加班不给钱", match.Key);
        Assert.Equal(1f, match.Quality);
    }

    [Fact]
    public void FindSoft_KeepsTheParticleOfAWordSuchAs网吧()
    {
        // 吧 of 网吧 is a character of the word, not the spoken particle: a text without it does not say 网吧上网.
        var table = GovernanceThesaurus.Parse(new StringReader("网吧上网\t上网服务 营业场所\tpublic-security\t"), "test");

        Assert.Equal(1f, Assert.Single(table.FindSoft("孩子天天去网吧上网", [], 0.5f, 3)).Quality);
        Assert.DoesNotContain(table.FindSoft("孩子天天网上上网", [], 0.5f, 3), m => m.Quality == 1f);
        Assert.Equal(1f, Assert.Single(table.FindSoft("孩子天天去网吧上网吧", [], 0.5f, 3)).Quality);
    }

    [Fact]
    public void FindSoft_MatchesAnEnglishKeySaidInOtherWords()
    {
        var table = GovernanceThesaurus.Parse(new StringReader(string.Join('\n',
            "drink driving\t饮酒后驾驶机动车\teveryday-en\t",
            "drinking water\t饮用水\teveryday-en\t",
            "paid leave\t带薪年休假\teveryday-en\t")), "test");
        IReadOnlyList<SoftMatch> Soft(string text) => table.FindSoft(text, table.FindAll(text), 0.65f, 3);

        // Stems in any order, a few words apart: driving after drinking says drink driving, not drinking water.
        var match = Assert.Single(Soft("is driving after drinking a crime"));
        Assert.Equal("drink driving", match.Key);
        Assert.Equal(1f, match.Quality);
        Assert.Equal("driving after drinking", "is driving after drinking a crime".Substring(match.Start, match.Length));
        Assert.Equal("paid leave", Assert.Single(Soft("is my leave paid")).Key);

        // Too far apart, or verbatim (the exact match adds it), or one word only: no soft match.
        Assert.Empty(Soft("drinking tea at the office then a long quiet afternoon before driving home"));
        Assert.Empty(Soft("drink driving penalties"));
        Assert.Empty(Soft("water"));
    }

    [Fact]
    public void FindSoft_FindsNothingInAnUnrelatedText()
    {
        Assert.Empty(Soft("国家保障数据依法有序自由流动"));
        Assert.Empty(Soft("公司法 工资指导线"));
    }

    [Fact]
    public void FindSoft_LeavesOutWhatAVerbatimKeyAlreadyAdds()
    {
        // 房东扣押金 stands verbatim and adds 返还 押金, so 房东不退押金 (the same wording) is not added again.
        Assert.Single(Table.FindAll("房东扣押金不退"), m => m.Entry.Lay == "房东扣押金");
        Assert.DoesNotContain(Soft("房东扣押金不退"), m => m.Entry.Legal.Contains("返还 押金"));
    }

    [Fact]
    public void FindSoft_KeepsOneKeyPerLegalWordingAndAtMostTheMaximum()
    {
        var all = Soft("工资老板公司都不发还拖欠 加班了也不给钱", minimum: 0.5f, maximum: 10);
        var one = Soft("工资老板公司都不发还拖欠 加班了也不给钱", minimum: 0.5f, maximum: 1);

        Assert.Equal(all.Count, all.Select(m => string.Join('|', m.Entry.Legal)).Distinct().Count());
        Assert.Contains(all, m => m.Key == "加班不给钱");
        Assert.Equal(all[0], Assert.Single(one));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Quality >= p.Second.Quality));
    }

    [Fact]
    public void FindSoft_NeedsThreeOfTheKeysCharactersAndLeavesShortKeysAndLawNamesToVerbatimMatching()
    {
        Assert.Empty(Soft("狗咬", minimum: 0.5f));
        Assert.Empty(Soft("保法个", minimum: 0.5f));
        Assert.DoesNotContain(Soft("金押", minimum: 0.5f), m => m.Key == "押金");

        // At a low bar only the count of characters decides: two of 工地受伤's characters are refused, three are not.
        Assert.Empty(Soft("工地", minimum: 0.3f));
        Assert.Contains(Soft("工地受", minimum: 0.3f), m => m.Key == "工地受伤");
    }

    [Fact]
    public void FindSoft_ReturnsNothingWhenTheMaximumIsZero()
    {
        Assert.Empty(Soft("工资公司一直拖欠着", maximum: 0));
    }
}
