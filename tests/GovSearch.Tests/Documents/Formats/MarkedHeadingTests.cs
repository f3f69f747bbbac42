using GovSearch.Documents;

namespace GovSearch.Tests.Documents.Formats;

/// <summary>Headings a file's format marks cut passages even when the text shows no heading of its own.</summary>
public sealed class MarkedHeadingTests
{
    private const string Text = "总体要求\n坚持以人民为中心。\n重点任务\n深化公开\n及时公开政策措施。\n第一条 依法公开。";

    [Fact]
    public void MarkedLines_AreHeadingsAtTheirLevel_OverWhatTheTextShows()
    {
        TextHeading[] headings = [new(0, 1), new(Text.IndexOf("重点任务", StringComparison.Ordinal), 1), new(Text.IndexOf("深化公开", StringComparison.Ordinal), 2)];

        var passages = PassageSplitter.Split(Text, headings);

        Assert.Equal(["总体要求", "重点任务 › 深化公开", "重点任务 › 深化公开 › 第一条"], passages.Select(p => p.Heading));
        Assert.Equal("总体要求\n坚持以人民为中心。", passages[0].TextOf(Text));
    }

    [Fact]
    public void WithoutMarks_TheSameLinesAreParagraphs()
    {
        Assert.All(PassageSplitter.Split(Text).Take(4), p => Assert.Equal(string.Empty, p.Heading));
    }
}
