using GovSearch.Indexing;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Querying;

/// <summary>
/// The ranking options beyond words and bigrams: proximity, title match, year match, headings, pseudo-relevance
/// feedback, law-name expansions. Behaviour on tiny in-memory indexes, not quality claims (those are in the judged-v2 README).
/// </summary>
public sealed class RankingOptionsTests : IAsyncLifetime
{
    /// <summary>Everything beyond the words off, so each test turns on only what it tests.</summary>
    private static readonly SearchOptions Plain = new()
    {
        PassagesPerHit = 0, IncludeFacets = false, ExpandLayTerms = false, TitleMatchWeight = 0, YearMatchWeight = 0,
    };

    private static readonly string Filler = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"filler{i}"));

    private GovSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = GovSearchIndex.CreateInMemory();
        await _index.AddRangeAsync(
        [
            // Same words, same length: "data" and "breach" five positions apart (past the query-wide phrase's slop of 3) or thirty.
            Docs.Make("a-far", "Notice one", $"data {Filler} breach rules grew", language: "en"),
            Docs.Make("b-near", "Notice two", $"data leaks grew into serious breach {Filler}", language: "en"),
            Docs.Make("law", "中华人民共和国个人信息保护法", "为了保护个人信息权益，规范个人信息处理活动，制定本法。", language: "zh"),
            Docs.Make("notes", "个人信息工作说明", "个人信息保护法 个人信息保护法 个人信息保护法 的学习说明。", language: "zh"),
            Docs.Make("a-2019", "政府工作报告", "回顾过去一年的工作，部署今年的任务。", date: "2019-03-05", language: "zh"),
            Docs.Make("b-2018", "政府工作报告", "回顾过去一年的工作，部署今年的任务。", date: "2018-03-05", language: "zh"),
            Docs.Make("chapter", "某条例", "第一章 总则\n第一条 为了规范管理，制定本条例。\n第三章 法律责任\n第九条 违反本条例的，依法处理。", language: "zh"),
            Docs.Make("body", "某办法", "第一条 为了规范管理，制定本办法。\n第二条 违反本办法规定的，依法追究法律责任。", language: "zh"),
            Docs.Make("marriage", "最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）", "人民法院审理婚姻家庭纠纷案件，适用本解释。", language: "zh"),
        ]);
        await _index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Proximity_RanksWordsThatStandCloseAboveTheSameWordsScattered()
    {
        var without = await _index.SearchAsync("data breach", Plain);
        var with = await _index.SearchAsync("data breach", Plain with { ProximityWeight = 1 });

        Assert.Equal(without.Hits[0].Score, without.Hits[1].Score);
        Assert.Equal("b-near", with.Hits[0].Id);
        Assert.True(with.Hits[0].Score > with.Hits[1].Score);
        Assert.Equal(without.Hits.Single(h => h.Id == "a-far").Score, with.Hits.Single(h => h.Id == "a-far").Score, 3);
    }

    [Fact]
    public async Task Proximity_WindowSmallerThanTheGapGivesNoBonus()
    {
        var results = await _index.SearchAsync("data breach", Plain with { ProximityWeight = 1, ProximityWindow = 2 });

        Assert.Equal(results.Hits[0].Score, results.Hits[1].Score);
    }

    [Fact]
    public async Task TitleMatch_PutsTheDocumentNamedByTheQueryFirst()
    {
        var with = await _index.SearchAsync("个人信息保护法", Plain with { TitleMatchWeight = 10 });
        var explanation = (await _index.ExplainAsync("law", "个人信息保护法", Plain with { TitleMatchWeight = 10 }))!;

        Assert.Equal("law", with.Hits[0].Id);
        Assert.Contains("title.key:个人信息保护法", explanation.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LawNames_ExpandAnAbbreviationToTheTitleAtFullWeight()
    {
        var options = Plain with { ExpandLayTerms = true, TitleMatchWeight = 10 };

        var results = await _index.SearchAsync("个保法", options);
        var explanation = (await _index.ExplainAsync("law", "个保法", options))!;

        Assert.Equal("law", results.Hits[0].Id);
        var line = Assert.Single(explanation.Expansions);
        Assert.StartsWith("个保法 → 个人信息保护法 (weight 1, law-names)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LayTerms_DoNotReplaceALawNameThatStandsInTitles()
    {
        var explanation = (await _index.ExplainAsync("marriage", "婚姻法司法解释二", Plain with { ExpandLayTerms = true }))!;

        var line = Assert.Single(explanation.Expansions);
        Assert.Equal("婚姻法: not expanded, it names a law found in titles of the index", line);
    }

    [Fact]
    public async Task YearMatch_FavoursTheDocumentOfTheYearNamedAndMatchesNothingNew()
    {
        var without = await _index.SearchAsync("政府工作报告 2018", Plain);
        var with = await _index.SearchAsync("政府工作报告 2018", Plain with { YearMatchWeight = 5 });
        var yearAlone = await _index.SearchAsync("2018", Plain with { YearMatchWeight = 5 });

        Assert.Equal("a-2019", without.Hits[0].Id);
        Assert.Equal("b-2018", with.Hits[0].Id);
        Assert.Equal(without.TotalHits, with.TotalHits);
        Assert.Equal(0, yearAlone.TotalHits);
    }

    [Fact]
    public async Task Headings_AreAFieldOfTheirOwnThatExplainShows()
    {
        var without = await _index.SearchAsync("法律责任", Plain);
        var with = await _index.SearchAsync("法律责任", Plain with { HeadingWeight = 10 });
        var explanation = (await _index.ExplainAsync("chapter", "法律责任", Plain with { HeadingWeight = 10 }))!;
        var body = (await _index.ExplainAsync("body", "法律责任", Plain with { HeadingWeight = 10 }))!;

        Assert.Equal("chapter", with.Hits[0].Id);
        Assert.True(with.Hits.Single(h => h.Id == "chapter").Score > without.Hits.Single(h => h.Id == "chapter").Score);
        Assert.Contains("headings:", explanation.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("headings:", body.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_IsDeterministicAddsNewTermsAndKeepsTheMatches()
    {
        var options = Plain with { FeedbackDocuments = 3, FeedbackTerms = 5 };

        var first = await _index.SearchAsync("个人信息", options);
        var second = await _index.SearchAsync("个人信息", options);
        var plain = await _index.SearchAsync("个人信息", Plain);
        var explanation = (await _index.ExplainAsync("law", "个人信息", options))!;

        Assert.Equal(first.Hits.Select(h => (h.Id, h.Score)), second.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(plain.Hits.Select(h => h.Id).Order(), first.Hits.Select(h => h.Id).Order());
        Assert.NotEmpty(explanation.Feedback);
        Assert.True(explanation.Feedback.Count <= 5);
        Assert.DoesNotContain("个人", explanation.Feedback);
        Assert.Empty((await _index.ExplainAsync("law", "个人信息", Plain))!.Feedback);
    }

    [Theory]
    [InlineData(nameof(SearchOptions.FeedbackDocuments), "between 0 and 50")]
    [InlineData(nameof(SearchOptions.FeedbackTerms), "between 1 and 100")]
    [InlineData(nameof(SearchOptions.FeedbackWeight), "between 0 and 1")]
    [InlineData(nameof(SearchOptions.ProximityWeight), "between 0 and 100")]
    [InlineData(nameof(SearchOptions.ProximityWindow), "between 1 and 50")]
    [InlineData(nameof(SearchOptions.TitleMatchWeight), "between 0 and 100")]
    [InlineData(nameof(SearchOptions.YearMatchWeight), "between 0 and 100")]
    [InlineData(nameof(SearchOptions.HeadingWeight), "between 0 and 100")]
    public async Task Options_OutOfRangeAreRefusedNamingTheOption(string name, string range)
    {
        var options = name switch
        {
            nameof(SearchOptions.FeedbackDocuments) => Plain with { FeedbackDocuments = 51 },
            nameof(SearchOptions.FeedbackTerms) => Plain with { FeedbackTerms = 0 },
            nameof(SearchOptions.FeedbackWeight) => Plain with { FeedbackWeight = 1.5f },
            nameof(SearchOptions.ProximityWeight) => Plain with { ProximityWeight = -1 },
            nameof(SearchOptions.ProximityWindow) => Plain with { ProximityWindow = 0 },
            nameof(SearchOptions.TitleMatchWeight) => Plain with { TitleMatchWeight = 101 },
            nameof(SearchOptions.YearMatchWeight) => Plain with { YearMatchWeight = -0.5f },
            _ => Plain with { HeadingWeight = 200 },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _index.SearchAsync("数据", options));

        Assert.Contains($"SearchOptions.{name}", error.Message, StringComparison.Ordinal);
        Assert.Contains(range, error.Message, StringComparison.Ordinal);
    }
}
