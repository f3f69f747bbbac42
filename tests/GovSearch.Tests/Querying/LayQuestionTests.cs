using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Querying;

namespace GovSearch.Tests.Querying;

/// <summary>
/// Questions in a citizen's words: everyday phrases of each domain expand to the statutes' wording, spoken particles
/// do not glue words together, and the law that uses the expansion's legal wording ranks first.
/// </summary>
public sealed class LayQuestionTests : IAsyncLifetime
{
    private GovSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = GovSearchIndex.CreateInMemory();
        await _index.AddRangeAsync(
        [
            new GovDocument("leave") { Title = "职工休假条例", Text = "职工连续工作1年以上的，享受带薪年休假。单位应当安排职工休年休假。", Language = "zh" },
            new GovDocument("veterans") { Title = "退役军人保障法", Text = "退役军人是指从中国人民解放军依法退出现役的军官、军士和义务兵等人员。", Language = "zh" },
            new GovDocument("expropriation") { Title = "国有土地上房屋征收与补偿条例", Text = "为了公共利益的需要，征收国有土地上单位、个人的房屋的，应当对被征收房屋所有权人给予公平补偿。", Language = "zh" },
            new GovDocument("wages") { Title = "劳动法", Text = "安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬。", Language = "zh" },
            new GovDocument("notice") { Title = "加班费发放通知", Text = "节日加班费按月发放，加班费标准另行通知，加班费由办公室登记。", Language = "zh" },
            new GovDocument("weather") { Title = "暴雨预警", Text = "暴雨红色预警发布后，停止集会、停课、停业，几天内不得组织户外活动。", Language = "zh" },
        ]);
        await _index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("veterans", "我爸当过兵 有什么优待", "当过兵 → 退役军人 | 退出现役")]
    [InlineData("expropriation", "房子被拆了补偿怎么算", "房子被拆 → 房屋征收")]
    [InlineData("leave", "今年想休年假", "休年假 → 带薪年休假")]
    public async Task Explain_ShowsTheLegalWordingOfAnEverydayPhrase(string id, string query, string expansion)
    {
        var explanation = (await _index.ExplainAsync(id, query))!;

        Assert.True(explanation.Matches);
        Assert.Contains(explanation.Expansions, line => line.StartsWith(expansion, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explain_DoublesTheWeightOfAPhraseNoTextHolds()
    {
        // 加班费 stands in the notice, so its expansion keeps LayTermWeight; 休年假 stands in no text and weighs double.
        var held = (await _index.ExplainAsync("wages", "加班费"))!;
        var absent = (await _index.ExplainAsync("leave", "休年假"))!;

        Assert.Contains(held.Expansions, line => line.StartsWith("加班费 →", StringComparison.Ordinal) && line.Contains("(weight 0.5,", StringComparison.Ordinal));
        Assert.Contains(absent.Expansions, line => line.StartsWith("休年假 →", StringComparison.Ordinal) && line.Contains("(weight 1,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_FindsAWordThatASpokenParticleFollows()
    {
        // Without the thesaurus, only the user's words count: 带薪 must match though 的 stands next to it in the question.
        var results = await _index.SearchAsync("一年能歇几天带薪的假", new SearchOptions { ExpandLayTerms = false });

        Assert.Equal("leave", results.Hits[0].Id);
    }

    [Fact]
    public async Task Search_RanksTheLawHoldingTheLegalWordingAboveOneRepeatingTheEverydayWord()
    {
        var without = await _index.SearchAsync("加班费", new SearchOptions { LayTermCoverageWeight = 0 });
        var with = await _index.SearchAsync("加班费", new SearchOptions { LayTermCoverageWeight = 1 });

        Assert.Equal("notice", without.Hits[0].Id);
        Assert.Equal("wages", with.Hits[0].Id);
    }

    [Fact]
    public async Task Explain_GivesTheScoreSearchGivesAndNamesTheCoverageBonus()
    {
        var options = new SearchOptions { LayTermCoverageWeight = 1 };
        var results = await _index.SearchAsync("加班费", options);

        Assert.NotEmpty(results.Hits);
        foreach (var hit in results.Hits)
        {
            var explanation = (await _index.ExplainAsync(hit.Id, "加班费", options))!;

            Assert.Equal(hit.Score, explanation.Score, hit.Score * 1e-5);
        }

        var wages = (await _index.ExplainAsync("wages", "加班费", options))!;
        Assert.Contains("SearchOptions.LayTermCoverageWeight", wages.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_CountsASoftMatchsLegalWordingInTheCoverage()
    {
        // 加班了也不给钱 says 加班不给钱 in other words: its legal wording (延长 工作 时间 工资 报酬) is what the wages law holds,
        // and the coverage bonus counts it at the soft match's quality.
        const string Question = "加班了也不给钱";
        var options = new SearchOptions { LayTermCoverageWeight = 1 };
        var wages = (await _index.ExplainAsync("wages", Question, options))!;

        var soft = Assert.Single(wages.Expansions, line => line.Contains("≈ 加班不给钱 (soft match ", StringComparison.Ordinal));
        var quality = soft.Split("(soft match ")[1][..4];
        var coverage = wages.Details.Split('\n')[0];
        Assert.Contains("SearchOptions.LayTermCoverageWeight", coverage, StringComparison.Ordinal);
        Assert.Contains($"延长 {quality}", coverage, StringComparison.Ordinal);
        Assert.Equal("wages", (await _index.SearchAsync(Question, options)).Hits[0].Id);
    }

    [Fact]
    public async Task Explain_ShowsAnEnglishPhraseSaidInOtherWords()
    {
        var explanation = (await _index.ExplainAsync("wages", "is driving after drinking a crime"))!;

        Assert.Contains(explanation.Expansions, line => line.StartsWith("driving after drinking ≈ drink driving (soft match 1.00) → ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explain_NamesAnAlternativeTwoPhrasesAdd()
    {
        // 加班费 and 加班不给钱 both map to 加班费 among others: the second phrase adds it again, and says so.
        var explanation = (await _index.ExplainAsync("wages", "加班费 加班不给钱"))!;

        Assert.Contains(explanation.Expansions, line => line.StartsWith("加班不给钱 →", StringComparison.Ordinal)
            && line.Contains("added again, an earlier phrase added it too: ", StringComparison.Ordinal) && line.Contains("加班费", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_LeavesAQueryWithoutEverydayPhrasesAsItWas()
    {
        var without = await _index.SearchAsync("征收 补偿", new SearchOptions { LayTermCoverageWeight = 0 });
        var with = await _index.SearchAsync("征收 补偿", new SearchOptions { LayTermCoverageWeight = 1 });

        Assert.Equal(without.Hits.Select(h => (h.Id, h.Score)), with.Hits.Select(h => (h.Id, h.Score)));
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(1.5f)]
    [InlineData(float.NaN)]
    public void Validate_NamesLayTermCoverageWeightOutOfRange(float weight)
    {
        var error = Assert.Throws<ArgumentException>(() => new SearchOptions { LayTermCoverageWeight = weight }.Validate());

        Assert.StartsWith($"SearchOptions.LayTermCoverageWeight is {weight}; it must be between 0 and 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_CoverageWeightIsOneFifth()
    {
        Assert.Equal(0.2f, SearchOptions.Default.LayTermCoverageWeight);
    }
}
