using GovSearch.CrossLingual;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.CrossLingual;

public sealed class ReportAlignerTests
{
    private static AlignedPair Preamble() =>
        ParallelCorpus.ReadUnits(Path.GetDirectoryName(TestCorpus.Require("parallel.jsonl"))!).Single(u => u.Source == "prc-const-preamble");

    [Fact]
    public void Align_PairsTheConstitutionPreambleSentenceBySentence()
    {
        var preamble = Preamble();

        var pairs = ReportAligner.Align(preamble.Source, preamble.Chinese, preamble.English);

        Assert.True(pairs.Count > 14, $"{pairs.Count} pairs from 14 paragraphs: the long paragraphs should split into sentences.");
        Assert.Contains(pairs, p => p.Chinese.Contains("一八四〇年以后", StringComparison.Ordinal) && p.English.Contains("After 1840", StringComparison.Ordinal)
            && !p.English.Contains("1911", StringComparison.Ordinal));
        Assert.Contains(pairs, p => p.Chinese.Contains("孙中山", StringComparison.Ordinal) && p.English.Contains("Sun Yat-sen", StringComparison.Ordinal));
        Assert.Contains(pairs, p => p.Chinese.Contains("台湾", StringComparison.Ordinal) && p.English.Contains("Taiwan", StringComparison.Ordinal));
        Assert.All(pairs, p => Assert.Equal("prc-const-preamble", p.Source));
    }

    [Fact]
    public void AlignParagraphs_RealignsWhenTheTranslationJoinedTwoParagraphs()
    {
        var preamble = Preamble();
        var english = preamble.English.Split('\n').ToList();
        english[2] = english[2] + " " + english[3];
        english.RemoveAt(3);

        var pairs = ReportAligner.AlignParagraphs(preamble.Chinese, string.Join("\n", english));

        var joined = Assert.Single(pairs, p => p.English.Contains("After 1840", StringComparison.Ordinal));
        Assert.Contains("一八四〇年以后", joined.Chinese, StringComparison.Ordinal);
        Assert.Contains("二十世纪", joined.Chinese, StringComparison.Ordinal);
        Assert.Contains(pairs, p => p.Chinese.Contains("孙中山", StringComparison.Ordinal) && p.English.Contains("Sun Yat-sen", StringComparison.Ordinal));
    }

    [Fact]
    public void AlignParagraphs_MatchesNumberedSectionsOfAReport()
    {
        const string chinese = "政府工作报告\n一、过去一年工作回顾\n经济运行保持在合理区间。\n二、今年工作任务\n深化改革开放。\n扩大内需。";
        const string english = "Report on the Work of the Government\nI. A Review of Our Work\nThe economy performed within an appropriate range.\nII. Tasks for This Year\nWe will deepen reform and opening up.\nWe will expand domestic demand.";

        var pairs = ReportAligner.AlignParagraphs(chinese, english);

        Assert.Equal(6, pairs.Count);
        Assert.Equal(("二、今年工作任务", "II. Tasks for This Year"), pairs[3]);
        Assert.True(ReportAligner.IsChineseHeading("十二、加强政府自身建设"));
        Assert.True(ReportAligner.IsEnglishHeading("XII. Strengthening Government Self-Improvement"));
        Assert.False(ReportAligner.IsEnglishHeading("I will now report"));
    }
}
