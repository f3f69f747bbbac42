using GovSearch.Analysis;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Storage;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Querying;

/// <summary>
/// How queries use the character-bigram fields. A behaviour test on a tiny index, not a quality claim: SmartCn reads
/// 人民法院 alone as 人民|法院 but inside 向人民法院提起诉讼 as one word, so the words of the query miss the document
/// that uses the term as a unit, while a document that only repeats 人民 matches.
/// </summary>
public sealed class BigramSearchTests : IDisposable
{
    private const string Term = "人民法院";

    private static readonly SearchOptions Off = new()
    {
        PassagesPerHit = 0, IncludeFacets = false, BigramWeight = 0, BigramPhraseWeight = 0, ExpandLayTerms = false, TitleMatchWeight = 0, YearMatchWeight = 0,
    };
    private static readonly SearchOptions Both = Off with { BigramWeight = 1, BigramPhraseWeight = 1 };

    private static readonly IReadOnlyList<GovSearch.GovDocument> Documents =
    [
        Docs.Make("court", "行政处罚的救济", "当事人对行政处罚决定不服的，可以依法向人民法院提起诉讼。"),
        Docs.Make("people", "保障群众权益", "县级以上人民政府应当保障人民群众的合法权益。人民群众依法参与，人民代表依法履职。"),
        Docs.Make("filler-1", "关于加强基层建设的意见", "全面加强基层组织建设，全面提高服务水平。"),
        Docs.Make("filler-2", "数据安全法", "为了规范数据处理活动，保障数据安全，制定本法。"),
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Search_WithoutBigrams_MissesTheDocumentThatUsesTheTermAsAUnit()
    {
        using var index = await CreateAsync(bigrams: true);

        var hits = (await index.SearchAsync(Term, Off)).Hits.Select(h => h.Id).ToList();

        Assert.Equal("people", hits[0]);
        Assert.DoesNotContain("court", hits);
    }

    [Fact]
    public async Task Search_WithBigramPhrase_RanksTheTermAsAUnitAboveRepeatsOfItsFirstWord()
    {
        using var index = await CreateAsync(bigrams: true);

        var hits = (await index.SearchAsync(Term, Off with { BigramPhraseWeight = 1 })).Hits.Select(h => h.Id).ToList();

        Assert.Equal(["court", "people"], hits);
    }

    [Fact]
    public async Task Search_WithDefaultOptions_UsesTheBigramsOfAnIndexThatHasThem()
    {
        using var index = await CreateAsync(bigrams: true);

        // The default bigram weights; lay expansion (also on by default) off, since 法院 has thesaurus entries.
        var hits = (await index.SearchAsync(Term, new SearchOptions { ExpandLayTerms = false })).Hits.Select(h => h.Id).ToList();

        Assert.Equal(["court", "people"], hits);
    }

    [Fact]
    public async Task Search_LooseBigramsAlone_RerankButNeverAddAMatch()
    {
        using var index = await CreateAsync(bigrams: true);

        var off = await index.SearchAsync(Term, Off);
        var loose = await index.SearchAsync(Term, Off with { BigramWeight = 1 });

        Assert.Equal(off.Hits.Select(h => h.Id).Order(StringComparer.Ordinal), loose.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.True(loose.Hits[0].Score > off.Hits[0].Score);
    }

    [Fact]
    public async Task Search_QuotedPhrase_MatchesByItsCharactersWithTheBigramPhrase()
    {
        using var index = await CreateAsync(bigrams: true);

        var off = (await index.SearchAsync($"\"{Term}\"", Off)).Hits.Select(h => h.Id);
        var on = (await index.SearchAsync($"\"{Term}\"", Both)).Hits.Select(h => h.Id);

        Assert.Empty(off);
        Assert.Equal(["court"], on);
    }

    [Fact]
    public async Task Search_NegatedWord_ExcludesByItsWordsOnly()
    {
        using var index = await CreateAsync(bigrams: true);

        var off = (await index.SearchAsync($"依法 -{Term}", Off)).Hits.Select(h => h.Id).Order(StringComparer.Ordinal);
        var on = (await index.SearchAsync($"依法 -{Term}", Both)).Hits.Select(h => h.Id).Order(StringComparer.Ordinal);

        Assert.Equal(off, on);
    }

    [Fact]
    public async Task Search_IndexWithoutBigrams_AnswersAsBeforeWhateverTheWeights()
    {
        using var index = await CreateAsync(bigrams: false);

        var off = await index.SearchAsync(Term, Off);
        var on = await index.SearchAsync(Term, Both);

        Assert.False(index.Analysis.CharacterBigrams);
        Assert.Equal(off.Hits.Select(h => (h.Id, h.Score)), on.Hits.Select(h => (h.Id, h.Score)));
    }

    [Fact]
    public async Task Open_KeepsTheBigramSettingAndUsesTheFields()
    {
        var path = _folder.File("bigram-index");
        (await CreateAsync(bigrams: true, path)).Dispose();

        using var reopened = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
        var hits = (await reopened.SearchAsync(Term, Both)).Hits.Select(h => h.Id).ToList();

        Assert.True(reopened.Analysis.CharacterBigrams);
        Assert.Equal(["court", "people"], hits);
    }

    [Fact]
    public async Task Open_WithOtherBigramSetting_IsRefusedWithAMessageToRebuild()
    {
        var path = _folder.File("words-index");
        (await CreateAsync(bigrams: false, path)).Dispose();

        var error = Assert.Throws<IndexFormatException>(() => GovSearchIndex.Open(path,
            new GovSearchIndexOptions { ReadOnly = true, Analysis = AnalysisOptions.Default with { CharacterBigrams = true } }));

        Assert.Contains("other analysis settings", error.Message, StringComparison.Ordinal);
        Assert.Contains("rebuild it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_CountsBigramsTowardTheTermLimit()
    {
        using var index = await CreateAsync(bigrams: true);

        // 人民法院: two words and three bigrams.
        await index.SearchAsync(Term, Off with { MaximumQueryTerms = 2 });
        await index.SearchAsync(Term, Both with { MaximumQueryTerms = 5 });
        var error = await Assert.ThrowsAsync<QueryException>(() => index.SearchAsync(Term, Both with { MaximumQueryTerms = 4 }));

        Assert.Contains("more than 4 terms (SearchOptions.MaximumQueryTerms)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_RejectANaNWeight_NamingIt()
    {
        var error = Assert.Throws<ArgumentException>(new SearchOptions { BigramPhraseWeight = float.NaN }.Validate);

        Assert.Equal(nameof(SearchOptions.BigramPhraseWeight), error.ParamName);
    }

    private static async Task<GovSearchIndex> CreateAsync(bool bigrams, string? path = null)
    {
        var options = new GovSearchIndexOptions { Analysis = AnalysisOptions.Default with { CharacterBigrams = bigrams } };
        var index = path is null ? GovSearchIndex.CreateInMemory(options) : GovSearchIndex.Create(path, options);
        await index.AddRangeAsync(Documents);
        await index.CommitAsync();
        return index;
    }
}
