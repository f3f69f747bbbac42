using System.Globalization;
using GovSearch.Analysis;
using GovSearch.Documents;
using GovSearch.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace GovSearch.Tests.Documents;

public sealed class DocumentLanguagesTests(ITestOutputHelper output)
{
    private static readonly string Neutral17 = new('中', 17);

    [Theory]
    [InlineData("中华人民共和国宪法")]
    [InlineData("国务院关于深化改革的决定：坚持全面依法治国。")]
    [InlineData("𠀀𠀁𠀂")]
    public void Detect_FindsSimplifiedChinese(string text)
    {
        Assert.Equal(DocumentLanguages.Chinese, DocumentLanguages.Detect(text));
    }

    [Theory]
    [InlineData("中華人民共和國憲法")]
    [InlineData("世界人權宣言：人人生而自由，在尊嚴和權利上一律平等。")]
    public void Detect_FindsTraditionalChinese(string text)
    {
        Assert.Equal(DocumentLanguages.TraditionalChinese, DocumentLanguages.Detect(text));
    }

    [Theory]
    [InlineData("The Constitution of the People's Republic of China")]
    [InlineData("We the People of the United States, in Order to form a more perfect Union")]
    public void Detect_FindsEnglish(string text)
    {
        Assert.Equal(DocumentLanguages.English, DocumentLanguages.Detect(text));
    }

    [Theory]
    [InlineData("The 中华人民共和国宪法 was adopted in 1982.")]
    [InlineData("中国 China")]
    [InlineData("𠀀 abc")]
    public void Detect_FindsMixedTextWhenEachScriptHasAtLeast15Percent(string text)
    {
        Assert.Equal(DocumentLanguages.Mixed, DocumentLanguages.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345 %")]
    [InlineData("😀")]
    [InlineData("Ωμέγα русский")]
    public void Detect_CallsTextWithNeitherHanNorLatinWordsEnglish(string text)
    {
        Assert.Equal(DocumentLanguages.English, DocumentLanguages.Detect(text));
    }

    [Fact]
    public void Detect_DrawsTheMixedLineAtExactly15Percent()
    {
        // 17 Han and 3 Latin words: 3 of 20 units is 15%, so mixed; 18 and 2 is 10%, so the majority script alone.
        Assert.Equal(DocumentLanguages.Mixed, DocumentLanguages.Detect(Neutral17 + " abc def ghi"));
        Assert.Equal(DocumentLanguages.Chinese, DocumentLanguages.Detect(Neutral17 + "中 abc def"));
        Assert.Equal(DocumentLanguages.Mixed, DocumentLanguages.Detect(string.Concat(Enumerable.Repeat("word ", 17)) + "中中中"));
        Assert.Equal(DocumentLanguages.English, DocumentLanguages.Detect(string.Concat(Enumerable.Repeat("word ", 18)) + "中中"));
    }

    [Fact]
    public void Detect_CountsRunsOfLatinLettersAsWords()
    {
        // An apostrophe or a digit ends a run; accented Latin letters belong to it.
        Assert.Equal(DocumentLanguages.Chinese, DocumentLanguages.Detect(Neutral17 + " Peoples Republic"));
        Assert.Equal(DocumentLanguages.Mixed, DocumentLanguages.Detect(Neutral17 + " People's Republic"));
        Assert.Equal(DocumentLanguages.Mixed, DocumentLanguages.Detect(Neutral17 + " a1b2c"));
        Assert.Equal(DocumentLanguages.Chinese, DocumentLanguages.Detect(Neutral17 + " naïve café"));
        Assert.Equal(DocumentLanguages.Mixed, DocumentLanguages.Detect(Neutral17 + " naïve café über"));
    }

    [Fact]
    public void Detect_NeedsTraditionalOnlyCharactersToOutnumberSimplifiedOnlyOnesTwoToOne()
    {
        Assert.True(TextNormalizer.IsTraditionalOnly('國') && TextNormalizer.IsSimplifiedOnly('国'));
        Assert.False(TextNormalizer.IsTraditionalOnly('中') || TextNormalizer.IsSimplifiedOnly('中'));

        Assert.Equal(DocumentLanguages.TraditionalChinese, DocumentLanguages.Detect("國國國国" + new string('中', 96)));
        Assert.Equal(DocumentLanguages.Chinese, DocumentLanguages.Detect("國國国" + new string('中', 97)));
    }

    [Fact]
    public void Detect_NeedsTraditionalOnlyCharactersToBeAtLeast2PercentOfTheHan()
    {
        Assert.Equal(DocumentLanguages.TraditionalChinese, DocumentLanguages.Detect("國" + new string('中', 49)));
        Assert.Equal(DocumentLanguages.Chinese, DocumentLanguages.Detect("國" + new string('中', 50)));
    }

    [Fact]
    public void Detect_CallsTheSeedDocumentEnglishDespiteItsChineseRun()
    {
        var text = File.ReadAllText(Path.Combine(TestCorpus.Seeds, "000_bdd7a3cd5751323a.txt"));
        var han = text.Count(CharClass.IsHan);

        Assert.InRange(han, 20, 100);
        Assert.Contains("两个一百年", text, StringComparison.Ordinal);
        Assert.Equal(DocumentLanguages.English, DocumentLanguages.Detect(text));
    }

    [Fact]
    public async Task Detect_AgreesWithTheLanguageOfAtLeast97PercentOfDevCorpusDocuments()
    {
        var documents = await CorpusReader.LoadAsync("dev.jsonl");

        var wrong = documents.Where(d => DocumentLanguages.Detect(d.Title + d.Text) != d.Language).Select(d => $"{d.Id} ({d.Language})").ToList();
        var share = 1.0 - ((double)wrong.Count / documents.Count);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Detected the labelled language of {documents.Count - wrong.Count} of {documents.Count} documents ({share:P1})."));
        output.WriteLine("Disagreements: " + (wrong.Count == 0 ? "none" : string.Join(", ", wrong)));
        Assert.Equal(226, documents.Count);
        Assert.True(share >= 0.97, string.Create(CultureInfo.InvariantCulture, $"Only {share:P1} agree; disagreements: {string.Join(", ", wrong)}"));
        Assert.Contains(documents, d => d.Language == DocumentLanguages.TraditionalChinese && DocumentLanguages.Detect(d.Title + d.Text) == d.Language);
    }

    [Theory]
    [InlineData("zh", "zh")]
    [InlineData("ZH-hant", "zh-Hant")]
    [InlineData(" en ", "en")]
    [InlineData("Mixed", "mixed")]
    [InlineData("fr", null)]
    [InlineData("zh-Hans", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Canonical_SpellsKnownCodesTheGovSearchWay(string? code, string? expected)
    {
        Assert.Equal(expected, DocumentLanguages.Canonical(code));
        Assert.Equal(expected is not null, DocumentLanguages.IsKnown(code));
    }

    [Fact]
    public void All_ListsTheCodesInAFixedOrder()
    {
        Assert.Equal(["zh", "zh-Hant", "en", "mixed"], DocumentLanguages.All);
        Assert.Equal(0.15, DocumentLanguages.MixedShare);
    }
}
