using Xunit;

namespace GovSearch.Tests.Citations;

/// <summary>References kept in the index, resolved to the version in force, and the cites: filter and facet, on real laws.</summary>
public sealed class CitationIndexTests(LawCorpusFixture laws) : IClassFixture<LawCorpusFixture>
{
    [Fact]
    public async Task GetCitations_ResolvesToTheVersionInForceAtTheCitingDate()
    {
        using var index = GovSearchIndex.Open(laws.IndexPath, new GovSearchIndexOptions { ReadOnly = true });

        // The 2024 interpretation of the revised Company Law cites the 2023 revision; the 2008 one, written when only
        // later versions are in the index, the earliest of them.
        var recent = (await index.GetCitationsAsync("lrb-7336e250547a9e03"))!;
        var company = recent.Where(c => c.Key == "公司法").ToList();
        Assert.NotEmpty(company);
        Assert.All(company, c => Assert.Equal(LawCorpusFixture.CompanyLaw2023, c.ResolvedId));
        Assert.Contains(company, c => c.Article == "第二十六条第二款" && c.CitingHeading.Contains("第一条", StringComparison.Ordinal));
        Assert.Contains(recent, c => c.Key == "立法法" && c.ResolvedId == LawCorpusFixture.LegislationLaw2023);

        var older = (await index.GetCitationsAsync("lrb-feb68c879b183d61"))!;
        Assert.All(older.Where(c => c.Key == "公司法"), c => Assert.Equal(LawCorpusFixture.CompanyLaw2018, c.ResolvedId));
    }

    [Fact]
    public async Task GetCitations_KeepsUnresolvedReferencesAsText()
    {
        using var index = GovSearchIndex.Open(laws.IndexPath, new GovSearchIndexOptions { ReadOnly = true });
        var citations = (await index.GetCitationsAsync("lrb-7336e250547a9e03"))!;

        // The Civil Code is not in this index: the reference stays, with its title and context, unresolved.
        var civilCode = Assert.Single(citations, c => c.Key == "民法典");
        Assert.Null(civilCode.ResolvedId);
        Assert.Equal("中华人民共和国民法典", civilCode.Title);
        Assert.Contains("《中华人民共和国民法典》", civilCode.Context, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCitedBy_ListsOnlyReferencesResolvingToThatVersion()
    {
        using var index = GovSearchIndex.Open(laws.IndexPath, new GovSearchIndexOptions { ReadOnly = true });
        var of2023 = (await index.GetCitedByAsync(LawCorpusFixture.CompanyLaw2023))!;
        var of2018 = (await index.GetCitedByAsync(LawCorpusFixture.CompanyLaw2018))!;

        Assert.Contains(of2023, c => c.Id == "lrb-7336e250547a9e03");
        Assert.DoesNotContain(of2023, c => c.Id == "lrb-feb68c879b183d61");
        var early = Assert.Single(of2018, c => c.Id == "lrb-feb68c879b183d61");
        Assert.True(early.Citations.Count >= 5);
        Assert.Equal(of2023.OrderByDescending(c => c.Citations.Count).Select(c => c.Id), of2023.Select(c => c.Id));
    }

    [Fact]
    public async Task CitesFilter_MatchesShortAndFullTitlesAndTheFacetRoundTrips()
    {
        using var index = GovSearchIndex.Open(laws.IndexPath, new GovSearchIndexOptions { ReadOnly = true });
        var byText = await index.SearchAsync("cites:\"公司法\"", new SearchOptions { Limit = 100 });
        var byOption = await index.SearchAsync("规定", new SearchOptions { Limit = 100, Cites = ["《中华人民共和国公司法》"] });

        Assert.Equal(["lrb-7336e250547a9e03", "lrb-feb68c879b183d61"], byText.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.All(byOption.Hits, h => Assert.Contains(h.Id, byText.Hits.Select(t => t.Id)));

        var all = await index.SearchAsync("人民法院", new SearchOptions { Limit = 100 });
        var facet = Assert.Single(all.Facets.Cites, f => f.Value == "民事诉讼法");
        var filtered = await index.SearchAsync("人民法院", new SearchOptions { Limit = 100, Cites = [facet.Value] });
        Assert.Equal(facet.Count, filtered.TotalHits);
    }

    [Fact]
    public async Task MissingIds_GiveNull()
    {
        using var index = GovSearchIndex.Open(laws.IndexPath, new GovSearchIndexOptions { ReadOnly = true });
        Assert.Null(await index.GetCitationsAsync("no-such-id"));
        Assert.Null(await index.GetCitedByAsync("no-such-id"));
        Assert.Null(await index.GetVersionsAsync("no-such-id"));
        Assert.Null(await index.DiffAsync("no-such-id", LawCorpusFixture.CompanyLaw2023));
    }

    [Fact]
    public void SearchOptions_CitationAndVersionDefaults()
    {
        var options = new SearchOptions();
        Assert.Empty(options.Cites);
        Assert.False(options.CurrentVersionsOnly);
        Assert.False(options.CollapseVersions);
        Assert.Equal(0f, options.CitationWeight);
        var error = Assert.Throws<ArgumentException>(() => new SearchOptions { Cites = [" "] }.Validate());
        Assert.Contains("SearchOptions.Cites", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CitationWeight_OutOfRange_IsRefusedNamingTheOption()
    {
        var error = Assert.Throws<ArgumentException>(() => new SearchOptions { CitationWeight = -1 }.Validate());
        Assert.Contains("CitationWeight", error.Message, StringComparison.Ordinal);
        Assert.Contains("between 0 and 10", error.Message, StringComparison.Ordinal);
    }
}
