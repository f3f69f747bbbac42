using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Querying;

namespace GovSearch.Tests.Querying;

/// <summary>SearchOptions.SoftLayTermMatch: a question that says an everyday phrase of the thesaurus in other words still finds the law's wording, and explain says how.</summary>
public sealed class SoftLayTermMatchTests : IAsyncLifetime
{
    private const string Question = "昨晚喝了两瓶啤酒开车";

    private static readonly SearchOptions Off = SearchOptions.Default with { SoftLayTermMatch = 0 };

    private GovSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = GovSearchIndex.CreateInMemory();
        await _index.AddRangeAsync(
        [
            new GovDocument("drink") { Title = "道路交通安全规定", Text = "饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证，并处一千元以上二千元以下罚款。", Language = "zh" },
            new GovDocument("night") { Title = "夜间施工管理", Text = "昨晚 两瓶 开车 的 噪声 投诉 记录。夜间施工应当取得许可。", Language = "zh" },
            new GovDocument("data") { Title = "数据安全", Text = "国家保障数据依法有序自由流动。", Language = "zh" },
        ]);
        await _index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Search_FindsTheLawsWordingForAParaphraseOfAnEverydayPhrase()
    {
        var on = await _index.SearchAsync(Question);
        var off = await _index.SearchAsync(Question, Off);

        // The user's own words are the other document's; only the law's wording, added by the soft match, lifts the law.
        Assert.Equal("night", off.Hits[0].Id);
        Assert.Equal("drink", on.Hits[0].Id);
    }

    [Fact]
    public async Task Explain_NamesTheKeyMatchedSoftlyAndHowWell()
    {
        var on = (await _index.ExplainAsync("drink", Question))!;
        var off = (await _index.ExplainAsync("drink", Question, Off))!;

        var line = Assert.Single(on.Expansions, l => l.Contains('≈', StringComparison.Ordinal));
        Assert.Matches(@"^\S+ ≈ \S+ \(soft match 0\.\d\d\) → .*饮酒后驾驶机动车", line);
        Assert.DoesNotContain(off.Expansions, l => l.Contains('≈', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explain_AddsNoSoftExpansionToAnUnrelatedQuery()
    {
        var explanation = (await _index.ExplainAsync("data", "国家保障数据依法有序自由流动"))!;

        Assert.DoesNotContain(explanation.Expansions, l => l.Contains('≈', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explain_AddsNoSoftExpansionWhenLayTermsAreOff()
    {
        var explanation = (await _index.ExplainAsync("drink", Question, SearchOptions.Default with { ExpandLayTerms = false }))!;

        Assert.Empty(explanation.Expansions);
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(0.3f)]
    [InlineData(1.5f)]
    [InlineData(float.NaN)]
    public void Validate_NamesSoftLayTermMatchOutOfRange(float minimum)
    {
        var error = Assert.Throws<ArgumentException>(() => new SearchOptions { SoftLayTermMatch = minimum }.Validate());

        Assert.StartsWith($"SearchOptions.SoftLayTermMatch is {minimum}; it must be 0 (off) or between 0.5 and 1.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Validate_NamesMaximumSoftLayTermsOutOfRange(int maximum)
    {
        var error = Assert.Throws<ArgumentException>(() => new SearchOptions { MaximumSoftLayTerms = maximum }.Validate());

        Assert.StartsWith($"SearchOptions.MaximumSoftLayTerms is {maximum}; it must be between 0 and 10.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ChecksTheSoftMatchingOptions()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _index.SearchAsync(Question, new SearchOptions { SoftLayTermMatch = 2 }));
    }

    [Fact]
    public void Defaults_SoftMatchingIsOnForTheClosestPhrase()
    {
        Assert.Equal(0.65f, SearchOptions.Default.SoftLayTermMatch);
        Assert.Equal(1, SearchOptions.Default.MaximumSoftLayTerms);
    }
}
