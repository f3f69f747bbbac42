using GovSearch.Analysis;
using GovSearch.CrossLingual;
using GovSearch.Querying;

namespace GovSearch.Tests.CrossLingual;

/// <summary>
/// The glossary joins the learned table in query translation: its entries are phrase entries both ways, weighted by
/// <see cref="SearchOptions.GlossaryWeight"/>, and a weight of 0 leaves the learned table alone.
/// </summary>
public sealed class TranslatorTests : IDisposable
{
    private readonly GovAnalyzer _analyzer = new(AnalysisOptions.Default, AnalysisMode.Query);
    private readonly QueryCompiler _compiler;

    public TranslatorTests() => _compiler = new QueryCompiler(_analyzer);

    public void Dispose() => _analyzer.Dispose();

    private string Key(string text) => string.Join(' ', _compiler.Analyze(text).DistinctBy(t => t.Position).Select(t => t.Term));

    [Fact]
    public void LawName_TranslatesAsOnePhraseBothWays()
    {
        var translator = _compiler.Translator;
        var chinese = Key("个人信息保护法");
        var english = Key("Personal Information Protection Law");

        var toEnglish = translator.Translate(TranslationDirection.ChineseToEnglish, chinese, 0.8);
        var toChinese = translator.Translate(TranslationDirection.EnglishToChinese, english, 0.8);

        Assert.Equal(english, toEnglish[0].Target);
        Assert.Equal(chinese, toChinese[0].Target);
    }

    [Fact]
    public void GlossaryWeight_SplitsTheSourceBetweenGlossaryAndLearnedTable()
    {
        var translator = _compiler.Translator;
        var source = Key("改革");
        Assert.NotEmpty(translator.Learned.Translate(TranslationDirection.ChineseToEnglish, source));
        Assert.NotEmpty(translator.Glossary.Translate(TranslationDirection.ChineseToEnglish, source));

        var glossaryTargets = translator.Glossary.Translate(TranslationDirection.ChineseToEnglish, source).Select(t => t.Target).ToHashSet(StringComparer.Ordinal);
        var merged = translator.Translate(TranslationDirection.ChineseToEnglish, source, 0.8);
        var learnedOnly = translator.Translate(TranslationDirection.ChineseToEnglish, source, 0);

        Assert.Equal(1, merged.Sum(t => t.Probability), 3);
        Assert.True(merged.Where(t => glossaryTargets.Contains(t.Target)).Sum(t => t.Probability) >= 0.8 - 1e-9);
        Assert.Equal(translator.Learned.Translate(TranslationDirection.ChineseToEnglish, source), learnedOnly);
    }

    [Fact]
    public void GlossaryOnlySource_IsTranslatedWhole_AndDroppedAtWeightZero()
    {
        var translator = _compiler.Translator;
        var source = Key("Anti-Secession Law");
        Assert.Empty(translator.Learned.Translate(TranslationDirection.EnglishToChinese, source));

        var target = Assert.Single(translator.Translate(TranslationDirection.EnglishToChinese, source, 0.8));

        Assert.Equal(Key("反分裂国家法"), target.Target);
        Assert.Equal(1, target.Probability, 6);
        Assert.Empty(translator.Translate(TranslationDirection.EnglishToChinese, source, 0));
    }

    [Fact]
    public void RenderingWithStopWords_KeepsItsTermPositions()
    {
        var table = GlossaryTable.Compile([new GlossaryEntry("法治", ["rule of law"], "concept", 1)], [], _compiler.Analyze);

        var target = Assert.Single(table.Translate(TranslationDirection.ChineseToEnglish, Key("法治")));

        Assert.Equal(["rule", "law"], target.Terms);
        Assert.Equal([0, 2], target.Positions);
        Assert.Equal(Key("法治"), Assert.Single(table.Translate(TranslationDirection.EnglishToChinese, "rule law")).Target);
    }

    [Fact]
    public void UserEntries_ReplaceTheShippedEntriesOfTheSameSource()
    {
        var table = GlossaryTable.Compile(
            [new GlossaryEntry("改革", ["reform"], "concept", 1), new GlossaryEntry("开放", ["opening up"], "concept", 2)],
            [new GlossaryEntry("改革", ["restructuring"], "", 1)],
            _compiler.Analyze);

        Assert.Equal([Key("restructuring")], table.Translate(TranslationDirection.ChineseToEnglish, Key("改革")).Select(t => t.Target));
        Assert.Equal([Key("opening up")], table.Translate(TranslationDirection.ChineseToEnglish, Key("开放")).Select(t => t.Target));
    }
}
