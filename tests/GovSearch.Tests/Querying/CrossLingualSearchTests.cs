using GovSearch.CrossLingual;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Querying;

/// <summary>
/// <see cref="SearchOptions.CrossLingual"/> on a real index of one Chinese and one English document: the shipped
/// translation table carries an English query to the Chinese document and back. Expectations come from the table,
/// not from hard-coded probabilities, so a rebuilt table keeps them.
/// </summary>
public sealed class CrossLingualSearchTests : IAsyncLifetime
{
    private static readonly SearchOptions Off = new() { PassagesPerHit = 1 };
    private static readonly SearchOptions Auto = Off with { CrossLingual = CrossLingualMode.Auto };
    private static readonly SearchOptions Only = Off with { CrossLingual = CrossLingualMode.Only };

    private GovSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = GovSearchIndex.CreateInMemory();
        await _index.AddRangeAsync(
        [
            Docs.Make("zh", "关于国有企业的决定", "全面深化改革，推进国有企业改革。", language: "zh"),
            Docs.Make("en", "A note on state enterprises", "The reform of state enterprises continues this year.", language: "en"),
        ]);
        await _index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void ShippedTable_TranslatesReformTo改革()
    {
        var targets = TranslationTable.LoadShipped().Translate(TranslationDirection.EnglishToChinese, "reform");

        Assert.Equal("改革", targets[0].Target);
    }

    [Fact]
    public async Task Off_NeverFindsTheOtherLanguage()
    {
        var results = await _index.SearchAsync("reform", Off);

        Assert.Equal(["en"], Ids(results));
    }

    [Fact]
    public async Task Only_FindsTheChineseDocumentThroughTheTranslation_AndHighlightsIt()
    {
        var results = await _index.SearchAsync("reform", Only);

        var hit = Assert.Single(results.Hits);
        Assert.Equal("zh", hit.Id);
        Assert.Contains("<mark>改革</mark>", hit.Passages[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hits_SayWhichTranslationsTheyHold()
    {
        var auto = await _index.SearchAsync("reform", Auto);
        var off = await _index.SearchAsync("reform", Off);

        var chinese = Assert.Single(auto.Hits, h => h.Id == "zh");
        Assert.Contains(chinese.Translations, t => t.Source == "reform" && t.Target == "改革");
        Assert.DoesNotContain(chinese.Translations, t => t.Target == "体制");
        Assert.Empty(Assert.Single(auto.Hits, h => h.Id == "en").Translations);
        Assert.All(off.Hits, h => Assert.Empty(h.Translations));
    }

    [Fact]
    public async Task Only_ChineseQueryFindsTheEnglishDocument()
    {
        var results = await _index.SearchAsync("改革", Only);

        Assert.Equal(["en"], Ids(results));
    }

    [Fact]
    public async Task Auto_ReturnsBothLanguages_CalibratedToTheSameScale()
    {
        var results = await _index.SearchAsync("reform", Auto);

        Assert.Equal(["en", "zh"], Ids(results).Order(StringComparer.Ordinal));
        Assert.All(results.Hits, h => Assert.InRange(h.Score, 0.01f, 2f));
    }

    [Fact]
    public async Task Auto_WithLangZh_TargetsChineseDocuments()
    {
        var inText = await _index.SearchAsync("reform lang:zh", Auto);
        var typed = await _index.SearchAsync("reform", Auto with { Languages = ["zh"] });
        var off = await _index.SearchAsync("reform lang:zh", Off);

        Assert.Equal(["zh"], Ids(inText));
        Assert.Equal(["zh"], Ids(typed));
        Assert.Empty(off.Hits);
    }

    [Fact]
    public async Task MixedQuery_TranslatesEachPartItsOwnWay()
    {
        var results = await _index.SearchAsync("reform 改革", Only);
        var explanation = (await _index.ExplainAsync("zh", "reform 改革", Only))!;

        Assert.Equal(["en", "zh"], Ids(results).Order(StringComparer.Ordinal));
        Assert.Contains(explanation.Translations, t => t.Source == "reform" && t.Target == "改革");
        Assert.Contains(explanation.Translations, t => t.Source == "改革" && t.Target == "reform");
    }

    [Fact]
    public async Task Only_WithNoTranslation_FindsNothing()
    {
        var results = await _index.SearchAsync("xyzzyq", Only);

        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task Exclusions_ApplyToTheTranslatedSide()
    {
        var results = await _index.SearchAsync("reform -国有企业", Only);

        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task Explain_ListsTheTranslationsWithTheirTableWeights()
    {
        var expected = TranslationTable.LoadShipped().Translate(TranslationDirection.EnglishToChinese, "reform")
            .Select(t => new QueryTranslation("reform", t.Target, t.Probability));

        // Glossary weight 0: the learned table alone, so the weights are the table's own.
        var explanation = (await _index.ExplainAsync("zh", "reform", Only with { GlossaryWeight = 0 }))!;
        var off = (await _index.ExplainAsync("zh", "reform", Off))!;

        Assert.True(explanation.Matches);
        Assert.Equal(expected, explanation.Translations);
        Assert.Empty(off.Translations);
        Assert.False(off.Matches);
    }

    private static List<string> Ids(SearchResults results) => results.Hits.Select(h => h.Id).ToList();
}
