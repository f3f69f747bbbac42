using GovSearch.CrossLingual;

namespace GovSearch.Tests.CrossLingual;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void SplitChinese_CutsAfterFullStopsAndSemicolonsKeepingClosingQuotes()
    {
        var sentences = SentenceSplitter.SplitChinese("加强法治建设。推进“放管服”改革！坚持就业优先；稳定增长");

        Assert.Equal(["加强法治建设。", "推进“放管服”改革！", "坚持就业优先；", "稳定增长"], sentences);
    }

    [Fact]
    public void SplitEnglish_CutsAtSentenceEndsButNotAfterInitials()
    {
        var sentences = SentenceSplitter.SplitEnglish("The Revolution of 1911 was led by Dr. Sun Yat-sen. Trade with the U.S. grew; prices rose. Done");

        Assert.Equal(["The Revolution of 1911 was led by Dr. Sun Yat-sen.", "Trade with the U.S. grew;", "prices rose.", "Done"], sentences);
    }
}
