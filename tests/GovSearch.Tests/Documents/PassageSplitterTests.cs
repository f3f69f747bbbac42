using System.Text;
using GovSearch.Documents;
using GovSearch.Tests.Support;
using Xunit;

namespace GovSearch.Tests.Documents;

public sealed class PassageSplitterTests
{
    private const string Law = """
        中华人民共和国数据安全法

        第一章 总则
        第一节 一般规定
        第一条 为了规范数据处理活动，保障数据安全，制定本法。
        第二条 在中华人民共和国境内开展数据处理活动，适用本法。
        有下列情形之一的，依照本法处理：
        （一）境外开展数据处理活动；
        （二）损害国家安全的。
        第二节 特别规定
        第二条之一 本条是后来增加的。

        第二章 数据安全与发展
        第三条 本法所称数据，是指任何以电子或者其他方式对信息的记录。
        """;

    private const string WorkReport = """
        政府工作报告

        各位代表：

        现在，我代表国务院，向大会报告政府工作，请予审议。

        一、2018年工作回顾
        过去一年，我国经济运行保持在合理区间。
        （一）创新和完善宏观调控，经济运行保持平稳。
        （二）坚定推进三大攻坚战。
        二、2019年经济社会发展总体要求和政策取向
        今年发展主要预期目标是：国内生产总值增长6%-6.5%。
        1. 继续实施积极的财政政策。
        2.稳健的货币政策要松紧适度
        """;

    private const string English = """
        Universal Declaration of Human Rights

        Preamble

        Whereas recognition of the inherent dignity is the foundation of freedom,

        Article 1
        All human beings are born free and equal in dignity and rights.
        They are endowed with reason and conscience.

        Article 2.
        Everyone is entitled to all the rights and freedoms set forth in this Declaration.
        1. Everyone has the right to a nationality.
        2. No one shall be arbitrarily deprived of his nationality.
        Chapter II The State
        Section 1 The National People's Congress
        Article 57 The National People's Congress of the People's Republic of China is the highest organ of state power.
        """;

    [Fact]
    public void Split_KeepsEachLawArticleWithItsItemsUnderItsChapterAndSection()
    {
        var text = Lf(Law);

        var passages = PassageSplitter.Split(text);

        PassageInvariants.AssertValid(text, passages);
        Assert.Equal(
            [
                ("", "中华人民共和国数据安全法"),
                ("第一章 总则 › 第一节 一般规定 › 第一条", "第一章 总则\n第一节 一般规定\n第一条 为了规范数据处理活动，保障数据安全，制定本法。"),
                ("第一章 总则 › 第一节 一般规定 › 第二条", "第二条 在中华人民共和国境内开展数据处理活动，适用本法。\n有下列情形之一的，依照本法处理：\n（一）境外开展数据处理活动；\n（二）损害国家安全的。"),
                ("第一章 总则 › 第二节 特别规定 › 第二条之一", "第二节 特别规定\n第二条之一 本条是后来增加的。"),
                ("第二章 数据安全与发展 › 第三条", "第二章 数据安全与发展\n第三条 本法所称数据，是指任何以电子或者其他方式对信息的记录。"),
            ],
            Describe(text, passages));
    }

    [Fact]
    public void Split_GivesEachParagraphAndNumberedItemOfAWorkReportItsOwnPassageUnderItsHeading()
    {
        var text = Lf(WorkReport);

        var passages = PassageSplitter.Split(text);

        PassageInvariants.AssertValid(text, passages);
        Assert.Equal(
            [
                ("", "政府工作报告"),
                ("", "各位代表："),
                ("", "现在，我代表国务院，向大会报告政府工作，请予审议。"),
                ("一、2018年工作回顾", "一、2018年工作回顾\n过去一年，我国经济运行保持在合理区间。"),
                ("一、2018年工作回顾 › （一）", "（一）创新和完善宏观调控，经济运行保持平稳。"),
                ("一、2018年工作回顾 › （二）", "（二）坚定推进三大攻坚战。"),
                ("二、2019年经济社会发展总体要求和政策取向", "二、2019年经济社会发展总体要求和政策取向\n今年发展主要预期目标是：国内生产总值增长6%-6.5%。"),
                ("二、2019年经济社会发展总体要求和政策取向 › 1.", "1. 继续实施积极的财政政策。"),
                ("二、2019年经济社会发展总体要求和政策取向 › 2.稳健的货币政策要松紧适度", "2.稳健的货币政策要松紧适度"),
            ],
            Describe(text, passages));
    }

    [Fact]
    public void Split_KeepsEachEnglishArticleWithItsParagraphsUnderItsChapterAndSection()
    {
        var text = Lf(English);

        var passages = PassageSplitter.Split(text);

        PassageInvariants.AssertValid(text, passages);
        Assert.Equal(
            [
                ("", "Universal Declaration of Human Rights"),
                ("", "Preamble"),
                ("", "Whereas recognition of the inherent dignity is the foundation of freedom,"),
                ("Article 1", "Article 1\nAll human beings are born free and equal in dignity and rights.\nThey are endowed with reason and conscience."),
                ("Article 2.", "Article 2.\nEveryone is entitled to all the rights and freedoms set forth in this Declaration.\n1. Everyone has the right to a nationality.\n2. No one shall be arbitrarily deprived of his nationality."),
                ("Chapter II The State › Section 1 The National People's Congress › Article 57", "Chapter II The State\nSection 1 The National People's Congress\nArticle 57 The National People's Congress of the People's Republic of China is the highest organ of state power."),
            ],
            Describe(text, passages));
    }

    [Fact]
    public void Split_NestsMarkdownHeadingsByLevelAndHandlesCrLf()
    {
        const string text = "# Title\r\n\r\nIntro paragraph.\r\n## Section A\r\nText A.\r\n### Sub\r\nText sub.\r\n## Section B\r\nText B.\r\n\r\n";

        var passages = PassageSplitter.Split(text);

        PassageInvariants.AssertValid(text, passages);
        Assert.Equal(
            [
                ("Title", "# Title\r\n\r\nIntro paragraph."),
                ("Title › Section A", "## Section A\r\nText A."),
                ("Title › Section A › Sub", "### Sub\r\nText sub."),
                ("Title › Section B", "## Section B\r\nText B."),
            ],
            Describe(text, passages));
    }

    [Fact]
    public void Split_GivesTheSamePassagesForCrLfAsForLf()
    {
        var lf = Lf(Law);
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        var passages = PassageSplitter.Split(crlf);

        PassageInvariants.AssertValid(crlf, passages);
        Assert.Equal(
            Describe(lf, PassageSplitter.Split(lf)),
            Describe(crlf, passages).Select(p => (p.Heading, p.Text.Replace("\r\n", "\n", StringComparison.Ordinal))));
        Assert.All(passages, p => Assert.NotEqual('\r', crlf[p.End - 1]));
    }

    [Fact]
    public void Split_MakesEachPlainParagraphAPassageWithoutHeading()
    {
        const string text = "First paragraph.\n\nSecond paragraph.\n  Third line, indented.  \n";

        var passages = PassageSplitter.Split(text);

        PassageInvariants.AssertValid(text, passages);
        Assert.Equal(
            [("", "First paragraph."), ("", "Second paragraph."), ("", "Third line, indented.")],
            Describe(text, passages));
        Assert.Equal([1, 2, 3], passages.Select(p => p.Number));
    }

    [Fact]
    public void Split_CutsALongParagraphAtTheLastSentenceEndWithinTheLimit()
    {
        // 150 sentences of 30 characters: the last sentence ends at or before 2,000 characters are at 1,980 and 3,960.
        var text = string.Concat(Enumerable.Repeat(new string('法', 29) + "。", 150));

        var passages = PassageSplitter.Split(text);

        PassageInvariants.AssertValid(text, passages);
        Assert.Equal([(0, 1980), (1980, 3960), (3960, 4500)], passages.Select(p => (p.Start, p.End)));
        Assert.All(passages, p => Assert.Equal(string.Empty, p.Heading));
    }

    [Fact]
    public void Split_CutsALongArticleAtSentenceEndsAndKeepsItsLabelOnEveryPiece()
    {
        // "第一条 " is 4 characters, so sentence ends fall at 4 + 30k; the last within each 2,000 are 1,984 and 3,964.
        var text = "第一条 " + string.Concat(Enumerable.Repeat(new string('法', 29) + "。", 150));

        var passages = PassageSplitter.Split(text);

        PassageInvariants.AssertValid(text, passages);
        Assert.Equal([(0, 1984), (1984, 3964), (3964, 4504)], passages.Select(p => (p.Start, p.End)));
        Assert.All(passages, p => Assert.Equal("第一条", p.Heading));
    }

    [Fact]
    public void Split_CutsALongRunWithoutSentenceEndsAtTheLimit()
    {
        var text = new string('x', 4500);

        var passages = PassageSplitter.Split(text);

        PassageInvariants.AssertValid(text, passages);
        Assert.Equal([(0, 2000), (2000, 4000), (4000, 4500)], passages.Select(p => (p.Start, p.End)));
    }

    [Fact]
    public void Split_NeverCutsASurrogatePairInTwo()
    {
        // The limit falls between the two halves of 𠀀 (units 1,999 and 2,000), so the cut moves before it.
        var text = new string('a', 1999) + "𠀀" + new string('b', 1000);

        var passages = PassageSplitter.Split(text);

        PassageInvariants.AssertValid(text, passages);
        Assert.Equal([(0, 1999), (1999, 3001)], passages.Select(p => (p.Start, p.End)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("  \r\n\u3000\n\t")]
    public void Split_GivesNoPassageForBlankText(string text)
    {
        Assert.Empty(PassageSplitter.Split(text));
    }

    [Theory]
    [InlineData("第一章 总则", "第一章 总则", "第一章 总则")]
    [InlineData("# Only a heading\n\n", "Only a heading", "# Only a heading")]
    [InlineData("第一章 总则\n第一节 一般规定", "第一章 总则 › 第一节 一般规定", "第一章 总则\n第一节 一般规定")]
    public void Split_KeepsTrailingHeadingsWithNothingUnderThemAsAPassage(string text, string heading, string passageText)
    {
        var passages = PassageSplitter.Split(text);

        PassageInvariants.AssertValid(text, passages);
        Assert.Equal([(heading, passageText)], Describe(text, passages));
    }

    [Fact]
    public void Split_ShortensLongHeadingsInTheLabelTo40Characters()
    {
        var title = new string('章', 50);
        var text = $"## {title}\n正文。";

        var passage = Assert.Single(PassageSplitter.Split(text));

        Assert.Equal(new string('章', 40) + "…", passage.Heading);
        Assert.Equal(text, passage.TextOf(text));
    }

    [Fact]
    public void Split_TreatsALongOrPunctuatedNumberedLineAsAnItemNotAHeading()
    {
        var longLine = "一、" + new string('字', 45);
        var text = $"一、总体要求\n{longLine}\n二、主要任务：";

        var passages = PassageSplitter.Split(text);

        PassageInvariants.AssertValid(text, passages);
        Assert.Equal(
            [("一、总体要求 › 一、", "一、总体要求\n" + longLine), ("一、总体要求 › 二、", "二、主要任务：")],
            Describe(text, passages));
    }

    [Fact]
    public async Task Split_SatisfiesEveryInvariantForEveryDevCorpusDocument()
    {
        var documents = await CorpusReader.LoadAsync("dev.jsonl");
        var total = 0;

        foreach (var document in documents)
        {
            var passages = PassageSplitter.Split(document.Text);

            PassageInvariants.AssertValid(document.Text, passages, document.Id);
            Assert.True(passages.Count > 0 || string.IsNullOrWhiteSpace(document.Text), $"{document.Id} has text but no passage.");
            total += passages.Count;
        }

        Assert.Equal(226, documents.Count);
        Assert.True(total > documents.Count, $"{documents.Count} documents gave only {total} passages.");
    }

    private static string Lf(string text) => text.ReplaceLineEndings("\n");

    private static List<(string Heading, string Text)> Describe(string text, IReadOnlyList<Passage> passages) =>
        passages.Select(p => (p.Heading, p.TextOf(text))).ToList();
}
