using System.Text;
using GovSearch.Tests.Support;
using Xunit.Abstractions;

namespace GovSearch.Tests.Analysis.Segmentation;

/// <summary>
/// The fast segmenter gives SmartCn's words with SmartCn's offsets: on every Han text GovTokenizer would segment in
/// the corpus, and on edge cases.
/// </summary>
/// <remarks>
/// The whole corpus: <c>GOVSEARCH_SEGMENTER_FULL=1 dotnet test tests/GovSearch.Tests -c Release --filter
/// "FullyQualifiedName~HanSegmenterEquivalenceTests.Segment_MatchesSmartCnOnEveryHanRunOfDocs" --logger
/// "console;verbosity=detailed"</c>; it prints the runs compared and the differences.
/// </remarks>
public sealed class HanSegmenterEquivalenceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Segment_MatchesSmartCnOnEveryHanRunOfDev()
    {
        var comparison = await CompareCorpusAsync("dev.jsonl");

        Assert.True(comparison.Compared > 10_000, $"Only {comparison.Compared} runs compared.");
        Assert.True(comparison.Differences == 0, comparison.Examples);
    }

    [FullCorpusFact]
    public async Task Segment_MatchesSmartCnOnEveryHanRunOfDocs()
    {
        var comparison = await CompareCorpusAsync("docs.jsonl");

        Assert.True(comparison.Differences == 0, comparison.Examples);
    }

    [Theory]
    [InlineData("中华人民共和国宪法")]
    [InlineData("县级以上地方各级人民政府")]
    [InlineData("全面依法治国")]
    [InlineData("四个全面")]
    [InlineData("数据安全法")]
    [InlineData("中国")]
    [InlineData("的的")]
    [InlineData("一九四九年")]
    [InlineData("二〇二〇年")]
    [InlineData("〇〇〇")]
    [InlineData("第123条")]
    [InlineData("１２３４第五")]
    [InlineData("ＡＢＣ法律abc")]
    [InlineData("ＧＤＰ增长６．５％")]
    [InlineData("国家，人民。")]
    [InlineData("龘靐齉")]
    [InlineData("㐀㐁中国")]
    [InlineData("中国\u9FA6\u9FFF人民")]
    [InlineData("豈更車中国")]
    [InlineData("國家治理體系")]
    [InlineData("中\uD840\uDC00国")]
    [InlineData("x")]
    [InlineData("中")]
    [InlineData("😀国")]
    public void Segment_MatchesSmartCnOnEdgeCases(string text)
    {
        var (smartCn, fast) = SegmenterComparison.Both(text);

        Assert.Equal(smartCn, fast);
    }

    [Fact]
    public void Segment_MatchesSmartCnOnAVeryLongRun()
    {
        var builder = new StringBuilder();
        while (builder.Length < 20_000)
        {
            builder.Append("国务院关于深化改革加强食品安全工作的意见各省自治区直辖市人民政府");
        }

        var comparison = new SegmenterComparison();
        comparison.Compare(builder.ToString());

        Assert.True(comparison.Differences == 0, comparison.Examples);
    }

    [Fact]
    public void Segment_MatchesSmartCnOnRandomText()
    {
        var random = new Random(20261207);
        string[] pieces =
        [
            "中", "国", "人民", "治理", "国家", "体系", "四个全面", "依法治国", "的", "了", "〇", "一", "二", "十",
            "条", "第", "法", "律", "㐀", "龘", "豈", "\u9FA6", "a", "Z", "7", "０", "ｂ", "，", "。", "《", "》", "％", "-",
            "\uD840\uDC00", "é", "ß",
        ];
        var comparison = new SegmenterComparison();
        for (var i = 0; i < 3_000; i++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 30);
            for (var k = 0; k < count; k++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            comparison.Compare(builder.ToString());
        }

        Assert.True(comparison.Differences == 0, comparison.Examples);
    }

    [Fact]
    public void Segment_RefusesSpaces()
    {
        var segmenter = new GovSearch.Analysis.Segmentation.HanSegmenter();

        var error = Assert.Throws<ArgumentException>(() => segmenter.Segment("中国 人民"));

        Assert.Contains("U+0020 at 2", error.Message, StringComparison.Ordinal);
    }

    private async Task<SegmenterComparison> CompareCorpusAsync(string file)
    {
        var comparison = new SegmenterComparison();
        var documents = await CorpusReader.LoadAsync(file);
        foreach (var document in documents)
        {
            foreach (var text in new[] { document.Title, document.Text })
            {
                foreach (var run in HanRuns.Of(text))
                {
                    comparison.Compare(run);
                }
            }
        }

        output.WriteLine(
            $"{file}: {documents.Count} documents, {comparison.Compared} Han runs ({comparison.Characters} characters) compared, {comparison.Differences} differences.");
        if (comparison.Differences > 0)
        {
            output.WriteLine(comparison.Examples);
        }

        return comparison;
    }
}
