using GovSearch.Analysis;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Analysis;

/// <summary>
/// The hand-written corrections and phrases of TraditionalPhrases.tsv: characters whose simplified form ICU's table gets
/// wrong for governance text, and characters whose simplified form depends on the word; and that the index and the
/// query convert alike.
/// </summary>
public sealed class ConversionPhraseTests
{
    [Theory]
    [InlineData("法律諮詢", "法律咨询")]
    [InlineData("與憲法相牴觸", "与宪法相抵触")]
    [InlineData("艱鉅的任務", "艰巨的任务")]
    [InlineData("碳達峯", "碳达峰")]
    [InlineData("哄擡物價", "哄抬物价")]
    [InlineData("書面答覆", "书面答复")]
    [InlineData("國務院批覆", "国务院批复")]
    [InlineData("申請行政覆議", "申请行政复议")]
    [InlineData("及時瞭解情況", "及时了解情况")]
    [InlineData("隨著經濟發展", "随着经济发展")]
    [InlineData("標誌著", "标志着")]
    [InlineData("著力推進", "着力推进")]
    [InlineData("起著作用", "起着作用")]
    [InlineData("著作權法", "著作权法")]
    [InlineData("成效顯著", "成效显著")]
    [InlineData("以任何藉口", "以任何借口")]
    [InlineData("憑藉職務", "凭借职务")]
    [InlineData("精神慰藉", "精神慰藉")]
    [InlineData("傢俱製造", "家具制造")]
    [InlineData("平面座標系", "平面坐标系")]
    [InlineData("甚麼是", "什么是")]
    public void Normalize_ConvertsByWord(string traditional, string simplified)
    {
        Assert.Equal(TextNormalizer.Normalize(simplified), TextNormalizer.Normalize(traditional));
        Assert.Equal(simplified, TextNormalizer.Normalize(traditional));
    }

    [Theory]
    [InlineData("起着作用")]
    [InlineData("检查覆盖面")]
    [InlineData("实现全覆盖")]
    [InlineData("颠覆国家政权")]
    [InlineData("见微知著")]
    [InlineData("消防车瞭望")]
    [InlineData("心理慰藉")]
    [InlineData("与时俱进")]
    [InlineData("著作权和显著位置")]
    [InlineData("经济软着陆")]
    [InlineData("软著登记")]
    public void Normalize_LeavesSimplifiedWordsAsWritten(string simplified)
    {
        Assert.Equal(simplified, TextNormalizer.Normalize(simplified));
    }

    [Fact]
    public void PhraseFile_EveryLineConvertsItsSourceAndKeepsItsTarget()
    {
        var lines = File.ReadLines(Path.Combine(TestCorpus.RepositoryRoot, "src", "GovSearch", "Analysis", "TraditionalPhrases.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .ToList();

        Assert.True(lines.Count > 50, $"TraditionalPhrases.tsv has only {lines.Count} entries.");
        Assert.All(lines, parts =>
        {
            Assert.Equal(2, parts.Length);
            Assert.Equal(parts[0].Length, parts[1].Length);
            Assert.Equal(parts[1], TextNormalizer.Normalize(parts[0]));
            Assert.Equal(parts[1], TextNormalizer.Normalize(parts[1]));
        });
        Assert.Equal(lines.Count(parts => parts[0].Length > 1), TextNormalizer.Phrases.Count);
    }

    [Fact]
    public async Task Normalize_IsIdempotentOnDevText()
    {
        var documents = await CorpusReader.LoadAsync("dev.jsonl");

        var unstable = documents.Select(d => d.Title + "\n" + d.Text)
            .Select(text => TextNormalizer.Normalize(text))
            .Count(once => TextNormalizer.Normalize(once) != once);

        Assert.Equal(0, unstable);
    }

    [Fact]
    public void CharFilter_MatchesPhrasesAcrossItsReads()
    {
        // The phrase 答覆 straddles the first read of 1,023 + 1 characters; the filter must still convert it.
        var text = new string('国', 1023) + "答覆。" + new string('國', 3000) + "隨著";
        using var filter = new NormalizingCharFilter(new StringReader(text), convertTraditional: true);
        var read = new System.Text.StringBuilder();
        var buffer = new char[1024];
        int count;
        while ((count = filter.Read(buffer, 0, buffer.Length)) > 0)
        {
            read.Append(buffer, 0, count);
        }

        Assert.Equal(TextNormalizer.Normalize(text), read.ToString());
        Assert.EndsWith("答复。" + new string('国', 3000) + "随着", read.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("與上位法相牴觸的地方性法規應當及時瞭解並書面答覆", "与上位法相抵触的地方性法规应当及时了解并书面答复")]
    [InlineData("隨著著作權保護成效顯著，不得以任何藉口拖延", "随着著作权保护成效显著，不得以任何借口拖延")]
    public void IndexAndQueryAnalysis_GiveTraditionalTextTheTermsOfItsSimplifiedTwin(string traditional, string simplified)
    {
        foreach (var mode in new[] { AnalysisMode.Index, AnalysisMode.Query })
        {
            Assert.Equal(Terms(AnalyzerHarness.Tokens(mode, simplified)), Terms(AnalyzerHarness.Tokens(mode, traditional)));
        }

        using var bigrams = new BigramAnalyzer(convertTraditional: true);
        Assert.Equal(Terms(AnalyzerHarness.Tokens(bigrams, simplified, out _)), Terms(AnalyzerHarness.Tokens(bigrams, traditional, out _)));
    }

    private static List<string> Terms(IEnumerable<AnalyzedToken> tokens) => tokens.Select(t => t.ToString()).ToList();
}
