using System.Globalization;
using GovSearch.Citations;
using GovSearch.Schema;
using GovSearch.Tests.Quality;

namespace GovSearch.Tests.Querying;

/// <summary>The facets of a search equal the counts taken one document at a time over every hit (dev.jsonl).</summary>
public sealed class FacetCountTests(DevCorpusIndexFixture corpus) : IClassFixture<DevCorpusIndexFixture>
{
    [Theory]
    [InlineData("lang:zh")]
    [InlineData("lang:en")]
    [InlineData("中华人民共和国")]
    [InlineData("改革 OR reform")]
    [InlineData("type:regulation year:2010..2020 安全")]
    public async Task Facets_EqualCountsOverEveryHit(string query)
    {
        var options = new SearchOptions { Limit = SearchOptions.MaximumLimit, PassagesPerHit = 0, FacetLimit = 1000 };
        var results = await corpus.Index.SearchAsync(query, options);
        Assert.True(results.TotalHits > 0 && results.TotalHits <= SearchOptions.MaximumLimit);
        var hits = new List<GovDocument>();
        foreach (var hit in results.Hits)
        {
            hits.Add((await corpus.Index.GetAsync(hit.Id))!.Document);
        }

        Assert.Equal(Expected(hits, d => d.Language), Counted(results.Facets.Languages));
        Assert.Equal(Expected(hits, d => d.DocType), Counted(results.Facets.DocTypes));
        Assert.Equal(Expected(hits, d => d.Source), Counted(results.Facets.Sources));
        Assert.Equal(
            hits.Where(d => d.Date is not null).GroupBy(d => d.Date!.Value.Year.ToString(CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count()),
            Counted(results.Facets.Years));
        Assert.Equal(
            hits.SelectMany(d => CitationExtractor.Extract(d.Text).Select(c => c.Key).Distinct(StringComparer.Ordinal)).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Counted(results.Facets.Cites));
        Assert.Equal(results.TotalHits, results.Facets.Languages.Sum(f => f.Count));
    }

    [Fact]
    public async Task NoFacets_WhenNotAskedFor()
    {
        var results = await corpus.Index.SearchAsync("中华人民共和国", new SearchOptions { IncludeFacets = false });
        Assert.Empty(results.Facets.Languages);
        Assert.Empty(results.Facets.Years);
    }

    /// <summary>One count per filter term (trimmed, lower case), under its most common spelling.</summary>
    private static Dictionary<string, int> Expected(IEnumerable<GovDocument> hits, Func<GovDocument, string?> value) =>
        hits.Select(value).OfType<string>().Where(v => !string.IsNullOrWhiteSpace(v))
            .GroupBy(DocumentMapper.KeywordTerm, StringComparer.Ordinal)
            .ToDictionary(
                g => g.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
                g => g.Count(),
                StringComparer.Ordinal);

    private static Dictionary<string, int> Counted(IReadOnlyList<FacetValue> values) => values.ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
}
