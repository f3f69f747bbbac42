using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Tests.Support;
using GovSearch.Topics;

namespace GovSearch.Tests.Querying;

/// <summary>Defaults and validation of the typed filters, dates known only to the year or month, and topic filters
/// that name no topic, on small in-memory indexes.</summary>
public sealed class FilterOptionsTests
{
    [Fact]
    public void Options_FiltersDefaultToNone()
    {
        var options = new SearchOptions();

        Assert.Equal(QuerySyntax.Full, options.Syntax);
        Assert.Empty(options.Languages);
        Assert.Empty(options.DocTypes);
        Assert.Empty(options.Sources);
        Assert.Empty(options.Topics);
        Assert.Null(options.FromYear);
        Assert.Null(options.ToYear);
        Assert.Null(options.FromDate);
        Assert.Null(options.ToDate);
    }

    public static TheoryData<SearchOptions, string, string> Invalid => new()
    {
        { new() { Languages = ["xx"] }, "Languages", "SearchOptions.Languages holds 'xx'; each value must be one of zh, zh-Hant, en, mixed." },
        { new() { Languages = null! }, "Languages", "SearchOptions.Languages is null; it must be a list (it may be empty)." },
        { new() { DocTypes = ["law", " "] }, "DocTypes", "SearchOptions.DocTypes holds ' '; each value must be a type that is not empty." },
        { new() { Sources = [""] }, "Sources", "SearchOptions.Sources holds ''; each value must be a source that is not empty." },
        { new() { Sources = [null!] }, "Sources", "SearchOptions.Sources holds null; each value must be a source that is not empty." },
        { new() { Topics = [-1] }, "Topics", "SearchOptions.Topics holds '-1'; each value must be a topic id, 0 or more." },
        { new() { DocTypes = Enumerable.Repeat("law", 1001).ToList() }, "DocTypes", "SearchOptions.DocTypes is a list of 1,001 values; it must be at most 1,000 values." },
        { new() { FromYear = 2021, ToYear = 2015 }, "FromYear", "SearchOptions.FromYear is 2021; it must be at most ToYear (2015)." },
        { new() { FromYear = 0 }, "FromYear", "SearchOptions.FromYear is 0; it must be between 1 and 9,999." },
        { new() { ToYear = 10000 }, "ToYear", "SearchOptions.ToYear is 10000; it must be between 1 and 9,999." },
        { new() { FromDate = new DateOnly(2021, 6, 30), ToDate = new DateOnly(2020, 1, 1) }, "FromDate", "SearchOptions.FromDate is 2021-06-30; it must be at most ToDate (2020-01-01)." },
        { new() { Syntax = (QuerySyntax)7 }, "Syntax", "SearchOptions.Syntax is 7; it must be Full or Literal." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_NamesTheFilter(SearchOptions options, string name, string message)
    {
        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(name, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ValidatesFilters()
    {
        using var index = await SampleIndexAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => index.SearchAsync("law", new SearchOptions { FromYear = 2021, ToYear = 2015 }));

        Assert.Equal("FromYear", error.ParamName);
    }

    [Fact]
    public async Task DateBounds_MatchAYearOrMonthOnlyWhenItLiesWhollyInTheRange()
    {
        using var index = GovSearchIndex.CreateInMemory();
        string?[] dates = ["2019-12-31", "2020", "2020-01-01", "2021", "2021-03", "2021-06", "2021-06-30", "2021-07-01", "2021-07", null];
        await index.AddRangeAsync(dates.Select((d, i) => Docs.Make($"d{i}", "budget", "budget", d)));
        await index.CommitAsync();

        var results = await index.SearchAsync("budget", new SearchOptions
        {
            FromDate = new DateOnly(2020, 1, 1),
            ToDate = new DateOnly(2021, 6, 30),
        });

        Assert.Equal(["2020", "2020-01-01", "2021-03", "2021-06", "2021-06-30"], results.Hits.Select(h => h.Date.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Facets_CountSpellingsOfOneValueTogether_SoTheyRoundTripAsFilters()
    {
        using var index = GovSearchIndex.CreateInMemory();
        (string Type, string Source)[] values = [("Law", "State Council"), ("law", "state council"), ("Law ", "State Council"), ("report", "NPC")];
        await index.AddRangeAsync(values.Select((v, i) => Docs.Make($"d{i}", "budget", "budget", "2020", v.Type, v.Source)));
        await index.CommitAsync();

        var results = await index.SearchAsync("budget");

        Assert.Equal([new FacetValue("Law", 2 + 1), new FacetValue("report", 1)], results.Facets.DocTypes);
        Assert.Equal([new FacetValue("State Council", 3), new FacetValue("NPC", 1)], results.Facets.Sources);
        foreach (var value in results.Facets.DocTypes)
        {
            Assert.Equal(value.Count, (await index.SearchAsync("budget", new SearchOptions { DocTypes = [value.Value] })).TotalHits);
            Assert.Equal(value.Count, (await index.SearchAsync($"budget type:\"{value.Value}\"")).TotalHits);
        }

        foreach (var value in results.Facets.Sources)
        {
            Assert.Equal(value.Count, (await index.SearchAsync("budget", new SearchOptions { Sources = [value.Value] })).TotalHits);
        }
    }

    [Fact]
    public async Task TopicFilter_WithoutATopicModel_WarnsWithItsPosition()
    {
        using var index = await SampleIndexAsync();

        var results = await index.SearchAsync("law topic:3");

        Assert.Equal(0, results.TotalHits);
        var warning = Assert.Single(results.Warnings);
        Assert.Equal("The index has no topic model (train one with TrainTopicsAsync), so no document has a topic; at position 4 the filter was kept, but no document has that topic.", warning);
        var strict = await Assert.ThrowsAsync<QueryException>(() => index.SearchAsync("law topic:3", new SearchOptions { Strict = true }));
        Assert.Equal(4, strict.Position);
    }

    [Fact]
    public async Task TypedTopics_WithoutATopicModel_Throw()
    {
        using var index = await SampleIndexAsync();

        var error = await Assert.ThrowsAsync<TopicModelMissingException>(() => index.SearchAsync("law", new SearchOptions { Topics = [0] }));

        Assert.Contains("topic model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicFilters_NamingNoTopicOfTheModel_WarnOrThrow_AndTopicFacetsRoundTrip()
    {
        using var index = await SampleIndexAsync();
        await index.TrainTopicsAsync(new TopicModelOptions { NumberOfTopics = 2, Iterations = 20, MinimumDocumentFrequency = 1 });

        var unknown = await index.SearchAsync("rights topic:99");
        var typed = await Assert.ThrowsAsync<ArgumentException>(() => index.SearchAsync("rights", new SearchOptions { Topics = [2] }));
        var all = await index.SearchAsync("the 国家 全面 数据", new SearchOptions { Limit = 100 });

        Assert.Equal(0, unknown.TotalHits);
        Assert.Equal("There is no topic 99; the topic model has topics 0 to 1; at position 7 the filter was kept, but no document has that topic.", Assert.Single(unknown.Warnings));
        Assert.Equal("Topics", typed.ParamName);
        Assert.Equal("SearchOptions.Topics holds 2; the topic model has topics 0 to 1. (Parameter 'Topics')", typed.Message);
        Assert.NotEmpty(all.Facets.Topics);
        foreach (var value in all.Facets.Topics)
        {
            var topic = int.Parse(value.Value, System.Globalization.CultureInfo.InvariantCulture);
            var filtered = await index.SearchAsync("the 国家 全面 数据", new SearchOptions { Limit = 100, Topics = [topic] });
            var text = await index.SearchAsync($"the 国家 全面 数据 topic:{topic}", new SearchOptions { Limit = 100 });
            Assert.Equal(value.Count, filtered.TotalHits);
            Assert.Equal(value.Count, text.TotalHits);
            Assert.Empty(text.Warnings);
        }
    }

    private static async Task<GovSearchIndex> SampleIndexAsync()
    {
        var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync(Docs.Sample);
        await index.CommitAsync();
        return index;
    }
}
