using GovSearch.CrossLingual;

namespace GovSearch.Tests.CrossLingual;

public sealed class LengthAlignerTests
{
    [Fact]
    public void Align_MatchesSegmentsOfProportionalLengthOneForOne()
    {
        string[] zh = ["一二三四五", "一二三四五六七八九十一二三四五六七八九十", "一二三"];
        string[] en = [new('a', 25), new('b', 100), new('c', 15)];

        var beads = LengthAligner.Align(zh, en);

        Assert.Equal([new(0, 1, 0, 1), new(1, 1, 1, 1), new(2, 1, 2, 1)], beads);
    }

    [Fact]
    public void Align_JoinsTwoEnglishSegmentsThatTranslateOneChineseSegment()
    {
        string[] zh = ["一二三四五六七八九十", "一二三四五六七八九十一二三四五六七八九十", "一二三四五六七八九十"];
        string[] en = [new('a', 50), new('b', 48), new('c', 52), new('d', 50)];

        var beads = LengthAligner.Align(zh, en);

        Assert.Equal([new(0, 1, 0, 1), new(1, 1, 1, 2), new(2, 1, 3, 1)], beads);
    }

    [Fact]
    public void Align_CoversBothListsInOrder()
    {
        string[] zh = ["一二三", "四五六七八", "九十", "一二三四五六七"];
        string[] en = [new('a', 12), new('b', 30), new('c', 20), new('d', 9), new('e', 1)];

        var beads = LengthAligner.Align(zh, en);

        Assert.Equal(zh.Length, beads.Sum(b => b.ChineseCount));
        Assert.Equal(en.Length, beads.Sum(b => b.EnglishCount));
        for (var k = 1; k < beads.Count; k++)
        {
            Assert.Equal(beads[k - 1].ChineseStart + beads[k - 1].ChineseCount, beads[k].ChineseStart);
            Assert.Equal(beads[k - 1].EnglishStart + beads[k - 1].EnglishCount, beads[k].EnglishStart);
        }
    }
}
