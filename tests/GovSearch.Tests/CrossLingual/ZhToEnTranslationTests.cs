using GovSearch.Analysis;
using GovSearch.CrossLingual;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.CrossLingual;

/// <summary>
/// Chinese questions about English documents: glossary terms found in the raw query before segmentation
/// (<see cref="GlossaryPhrases"/>), the one-way <c>foreign</c> glossary entries (US and UN terms), numbers that
/// translate as themselves, and English number words and months kept out of learning.
/// </summary>
public sealed class ZhToEnTranslationTests : IDisposable
{
    private static readonly SearchOptions Only = new() { PassagesPerHit = 1, CrossLingual = CrossLingualMode.Only };

    private readonly GovAnalyzer _analyzer = new(AnalysisOptions.Default, AnalysisMode.Query);
    private readonly QueryCompiler _compiler;

    public ZhToEnTranslationTests() => _compiler = new QueryCompiler(_analyzer);

    public void Dispose() => _analyzer.Dispose();

    private string Key(string text) => string.Join(' ', _compiler.Analyze(text).DistinctBy(t => t.Position).Select(t => t.Term));

    [Fact]
    public void GlossaryPhrases_FindLeftmostLongestTermsOfThreeCharactersOrMore()
    {
        var phrases = new GlossaryPhrases(new Dictionary<string, string>
        {
            ["起征点"] = "起 征 点",
            ["个税起征点"] = "个税 起 征 点",
            ["国有"] = "国有",
        });

        Assert.Equal(new (string, string?)[] { ("提高", null), ("个税起征点", "个税 起 征 点"), ("吗", null) }, phrases.Split("提高个税起征点吗"));
        Assert.Equal(new (string, string?)[] { ("全国有关部门", null) }, phrases.Split("全国有关部门"));
        Assert.Equal(new (string, string?)[] { ("起征点", "起 征 点") }, phrases.Split("起征点"));
    }

    [Fact]
    public void ForeignEntries_TranslateChineseToEnglishOnly()
    {
        var table = GlossaryTable.Compile(
            [new GlossaryEntry("参议院", ["Senate"], GlossaryTable.ForeignCategory, 1), new GlossaryEntry("国务院", ["State Council"], "body", 2)],
            [],
            _compiler.Analyze);

        Assert.Equal(Key("Senate"), Assert.Single(table.Translate(TranslationDirection.ChineseToEnglish, Key("参议院"))).Target);
        Assert.Empty(table.Translate(TranslationDirection.EnglishToChinese, Key("Senate")));
        Assert.Equal(Key("国务院"), Assert.Single(table.Translate(TranslationDirection.EnglishToChinese, Key("State Council"))).Target);
    }

    [Fact]
    public void ShippedGlossary_CarriesNamesAndUsTermsToEnglish()
    {
        var translator = _compiler.Translator;

        Assert.Contains(translator.Translate(TranslationDirection.ChineseToEnglish, Key("林肯"), 0.8), t => t.Target == Key("Lincoln"));
        Assert.Contains(translator.Translate(TranslationDirection.ChineseToEnglish, Key("就职演说"), 0.8), t => t.Target == Key("inaugural address"));
    }

    [Fact]
    public async Task ChineseQuery_FindsTheEnglishSpeech_ByNameTermAndYear()
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync(
        [
            Docs.Make("inaug", "Inaugural Address (1865), Abraham Lincoln", "With malice toward none, with charity for all.", language: "en"),
            Docs.Make("sotu", "State of the Union Address (1862), Abraham Lincoln", "Fellow citizens of the Senate and House of Representatives.", language: "en"),
            Docs.Make("report", "Report on the Work of the Government (2019)", "In 2019 the VAT rate for manufacturing was cut.", language: "en"),
        ]);
        await index.CommitAsync();

        var speech = await index.SearchAsync("林肯 就职演说", Only);
        var year = await index.SearchAsync("2019年 报告", Only);

        Assert.Equal("inaug", speech.Hits[0].Id);
        Assert.Contains(speech.Hits[0].Translations, t => t.Source == Key("就职演说"));
        Assert.Equal("report", year.Hits[0].Id);
        Assert.Contains(year.Hits[0].Translations, t => t.Source == "2019" && t.Target == "2019");
    }

    [Fact]
    public void Tokenizer_DropsEnglishNumberWordsAndMonths()
    {
        using var tokenizer = new TranslationTokenizer(AnalysisOptions.Default);

        var terms = tokenizer.Tokenize("On March 5, two million people joined the reform.");

        Assert.DoesNotContain("march", terms);
        Assert.DoesNotContain("million", terms);
        Assert.DoesNotContain("two", terms);
        Assert.Contains("reform", terms);
    }

    [Fact]
    public void Shares_KeepTheSideMatchedMoreCompletely()
    {
        // The original's best document matches 72 % of its bound, the translation's 14 %: the translation is scaled down.
        var (original, translated) = CrossLingualQuery.Shares(22, 30.5, 4.5, 32);

        Assert.Equal(1, original);
        Assert.InRange(translated, 0.19, 0.2);
        Assert.Equal((1.0, 1.0), CrossLingualQuery.Shares(0, 10, 5, 10));
    }
}
