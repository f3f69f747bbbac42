using GovSearch.Analytics;

namespace GovSearch.Tests.Analytics;

/// <summary>With <see cref="DocumentFilter.CurrentVersionsOnly"/>, a formulation kept through a law's amendments counts
/// in its latest version only.</summary>
public sealed class UsageVersionsTests
{
    [Fact]
    public async Task Usage_CurrentVersionsOnly_CountsTheLatestVersionOfALaw()
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync(
        [
            new GovDocument("law-v1") { Title = "中华人民共和国某某法", Text = "第一条 坚持依法治国。", Date = DocumentDate.Parse("2010-01-01"), DocType = "law" },
            new GovDocument("law-v2") { Title = "中华人民共和国某某法", Text = "第一条 坚持全面依法治国。", Date = DocumentDate.Parse("2020-01-01"), DocType = "law" },
            new GovDocument("report") { Title = "报告", Text = "依法治国。", Date = DocumentDate.Parse("2015-03-05"), DocType = "report" },
        ]);
        await index.CommitAsync();

        var every = (await index.GetUsageAsync(["依法治国"])).Phrases[0];
        var current = (await index.GetUsageAsync(["依法治国"], new UsageOptions { Filter = new DocumentFilter { CurrentVersionsOnly = true } })).Phrases[0];

        Assert.Equal(3, every.Occurrences);
        Assert.Equal("law-v1", every.FirstUse?.Id);
        Assert.Equal(2, current.Occurrences);
        Assert.Equal("report", current.FirstUse?.Id);
        Assert.Equal(["2015", "2020"], current.Rows.Select(r => r.Key));
    }
}
