using GovSearch.Documents;
using GovSearch.Indexing;

namespace GovSearch.Tests.Querying;

/// <summary>A soft thesaurus match whose words some text of the index holds as they stand (环境保护 in 加强生态环境保护,
/// close to the old agency name 环境保护局) adds no legal wording: the query already speaks the texts' language.</summary>
public sealed class SoftLayTermSpanInTextTests : IAsyncLifetime
{
    private GovSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = GovSearchIndex.CreateInMemory();
        await _index.AddRangeAsync(
        [
            new GovDocument("plan") { Title = "生态文明建设规划", Text = "各地应当加强生态环境保护，推进污染防治。", Language = "zh" },
            new GovDocument("agency") { Title = "机构职责", Text = "生态环境主管部门负责排污许可的监督管理。", Language = "zh" },
            new GovDocument("drink") { Title = "道路交通安全规定", Text = "饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证。", Language = "zh" },
        ]);
        await _index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Explain_LeavesASoftMatchUnexpandedWhenTheTextsHoldTheQuerysWords()
    {
        var explanation = (await _index.ExplainAsync("plan", "加强生态环境保护"))!;

        var line = Assert.Single(explanation.Expansions, l => l.Contains('≈', StringComparison.Ordinal));
        Assert.EndsWith("not expanded, the query's own words stand in the texts", line, StringComparison.Ordinal);
        Assert.DoesNotContain("生态环境主管部门", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_DoesNotMatchTheAgencysWordingForAPolicyPhrase()
    {
        var results = await _index.SearchAsync("加强生态环境保护");

        // The agency's document shares the words 生态 and 环境 only; without the agency's wording it ranks below the plan.
        Assert.Equal("plan", results.Hits[0].Id);
        var lay = await _index.SearchAsync("加强生态环境保护", SearchOptions.Default with { ExpandLayTerms = false });
        Assert.Equal(lay.Hits.Select(h => (h.Id, h.Score)), results.Hits.Select(h => (h.Id, h.Score)));
    }

    [Fact]
    public async Task Explain_StillExpandsAParaphraseNoTextHolds()
    {
        var explanation = (await _index.ExplainAsync("drink", "昨晚喝了两瓶啤酒开车"))!;

        var line = Assert.Single(explanation.Expansions, l => l.Contains('≈', StringComparison.Ordinal));
        Assert.Contains("(soft match", line, StringComparison.Ordinal);
    }
}
