using GovSearch.Ranking;

namespace GovSearch.Tests.Ranking;

/// <summary>
/// <see cref="SearchOptions.LocalRegulationPenalty"/>: a question that names no place finds the national law above the
/// local regulations that repeat its words; a question that names the place, or the whole title, keeps them.
/// </summary>
public sealed class LocalRegulationsTests : IAsyncLifetime
{
    private readonly GovSearchIndex _index = GovSearchIndex.CreateInMemory();

    public async Task InitializeAsync()
    {
        await _index.AddRangeAsync(
        [
            new GovDocument("national") { Title = "中华人民共和国反家庭暴力法", DocType = "law", Language = "zh",
                Text = "第一条 为了预防和制止家庭暴力，保护家庭成员的合法权益，制定本法。第十三条 遭受家庭暴力的，可以向公安机关报案。" },
            new GovDocument("province") { Title = "浙江省预防和制止家庭暴力条例", DocType = "regulation", Language = "zh",
                Text = "第一条 为了预防和制止家庭暴力，根据反家庭暴力法，结合本省实际，制定本条例。家庭暴力 家庭暴力 家庭暴力 受害人 家庭暴力 报案 家庭暴力。" },
            new GovDocument("city") { Title = "宁波市预防和制止家庭暴力条例", DocType = "Regulation", Language = "zh",
                Text = "第一条 为了预防和制止家庭暴力，制定本条例。家庭暴力 家庭暴力 家庭暴力 家庭暴力 报案 家庭暴力 家庭暴力。" },
        ]);
        await _index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Search_AQuestionThatNamesNoPlaceFindsTheNationalLawFirst()
    {
        var off = await _index.SearchAsync("家庭暴力 报案", new SearchOptions { LocalRegulationPenalty = 0 });
        Assert.NotEqual("national", off.Hits[0].Id);

        var results = await _index.SearchAsync("家庭暴力 报案", new SearchOptions { LocalRegulationPenalty = 0.9f });
        Assert.Equal("national", results.Hits[0].Id);
        Assert.Equal(3, results.Hits.Count);
    }

    [Fact]
    public async Task Search_AQuestionThatNamesThePlaceKeepsItsRegulation()
    {
        var results = await _index.SearchAsync("宁波 家庭暴力 报案", new SearchOptions { LocalRegulationPenalty = 0.9f });
        Assert.Equal("city", results.Hits[0].Id);
    }

    [Fact]
    public async Task Explain_NamesThePlaceAndThePenalty()
    {
        var options = new SearchOptions { LocalRegulationPenalty = 0.5f };
        var city = (await _index.ExplainAsync("city", "家庭暴力 报案", options))!;
        var plain = (await _index.ExplainAsync("city", "家庭暴力 报案", options with { LocalRegulationPenalty = 0 }))!;
        Assert.Contains("LocalRegulationPenalty", city.Details, StringComparison.Ordinal);
        Assert.Contains("宁波", city.Details, StringComparison.Ordinal);
        Assert.Equal(plain.Score * 0.5f, city.Score, 3);

        var national = (await _index.ExplainAsync("national", "家庭暴力 报案", options))!;
        Assert.DoesNotContain("LocalRegulationPenalty", national.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_AnEnglishQuestionExpandedToChineseWordingLowersTheLocalRegulationToo()
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync(
        [
            new GovDocument("national") { Title = "优化营商环境条例", DocType = "regulation", Language = "zh", Text = "第一条 为了持续优化营商环境，制定本条例。" },
            new GovDocument("city") { Title = "济南市优化营商环境条例", DocType = "regulation", Language = "zh", Text = "第一条 为了优化营商环境，制定本条例。优化营商环境。" },
        ]);
        await index.CommitAsync();

        var city = (await index.ExplainAsync("city", "cutting red tape", new SearchOptions { LocalRegulationPenalty = 0.5f }))!;
        Assert.Contains("red tape", string.Join("\n", city.Expansions), StringComparison.Ordinal);
        Assert.Contains("a local regulation of 济南", city.Details, StringComparison.Ordinal);
        var national = (await index.ExplainAsync("national", "cutting red tape", new SearchOptions { LocalRegulationPenalty = 0.5f }))!;
        Assert.DoesNotContain("LocalRegulationPenalty", national.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("上海市消费者权益保护条例", "regulation", "上海")]
    [InlineData("浙江省实施《中华人民共和国消费者权益保护法》办法", "regulation", "浙江")]
    [InlineData("平顶山市城市市容和环境卫生管理条例", "regulation", "平顶山")]
    [InlineData("景宁畲族自治县自治条例", "regulation", "景宁畲族")]
    [InlineData("深圳经济特区物业管理条例", "regulation", "深圳")]
    [InlineData("城市市容和环境卫生管理条例", "regulation", null)]
    [InlineData("中华人民共和国市场主体登记管理条例", "regulation", null)]
    [InlineData("人力资源市场暂行条例", "regulation", null)]
    [InlineData("中华人民共和国香港特别行政区维护国家安全法", "law", null)]
    [InlineData("上海市消费者权益保护条例", null, null)]
    public void PlaceOf_ReadsThePlaceALocalRegulationsTitleOpensWith(string title, string? docType, string? place) =>
        Assert.Equal(place, LocalRegulations.PlaceOf(title, docType));

    [Fact]
    public void Validate_RefusesAPenaltyOutOfRange()
    {
        var error = Assert.Throws<ArgumentException>(() => new SearchOptions { LocalRegulationPenalty = 0.95f }.Validate());
        Assert.Contains("LocalRegulationPenalty", error.Message, StringComparison.Ordinal);
        Assert.Contains("between 0 and 0.9", error.Message, StringComparison.Ordinal);
    }
}
