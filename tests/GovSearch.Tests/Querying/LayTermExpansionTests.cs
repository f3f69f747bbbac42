using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Querying;

namespace GovSearch.Tests.Querying;

/// <summary>SearchOptions.ExpandLayTerms: everyday phrases also search for the legal wording, weighted, and explain says so.</summary>
public sealed class LayTermExpansionTests : IAsyncLifetime
{
    private static readonly SearchOptions On = new() { ExpandLayTerms = true };

    private static readonly SearchOptions Off = new() { ExpandLayTerms = false };

    private GovSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = GovSearchIndex.CreateInMemory();
        await _index.AddRangeAsync(
        [
            new GovDocument("animals") { Title = "侵权责任规定", Text = "饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。饲养动物损害责任适用本章。", Language = "zh" },
            new GovDocument("traffic") { Title = "道路交通安全", Text = "机动车驾驶人违反交通信号通行的，处警告或者罚款。", Language = "zh" },
            new GovDocument("other") { Title = "数据安全", Text = "国家保障数据依法有序自由流动。", Language = "zh" },
        ]);
        await _index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Search_FindsLegalWordingOfALayQueryOnlyWhenExpansionIsOn()
    {
        var off = await _index.SearchAsync("被狗咬了怎么办", Off);
        var on = await _index.SearchAsync("被狗咬了怎么办", On);

        Assert.DoesNotContain(off.Hits, h => h.Id == "animals");
        Assert.Equal("animals", on.Hits[0].Id);
    }

    [Fact]
    public async Task Search_FindsLegalWordingOfATraditionalLayQuery()
    {
        var on = await _index.SearchAsync("闖紅燈", On);

        Assert.Equal("traffic", on.Hits[0].Id);
    }

    [Fact]
    public async Task Explain_ListsTheExpansionApplied()
    {
        var explanation = (await _index.ExplainAsync("animals", "被狗咬了怎么办", On))!;
        var without = (await _index.ExplainAsync("animals", "被狗咬了怎么办", Off))!;

        Assert.True(explanation.Matches);
        var line = Assert.Single(explanation.Expansions);
        Assert.StartsWith("被狗咬了 → 饲养动物 损害责任", line, StringComparison.Ordinal);
        // No text of the index holds 被狗咬了, so its legal wording weighs twice LayTermWeight.
        Assert.Contains("weight 1", line, StringComparison.Ordinal);
        Assert.Empty(without.Expansions);
    }

    [Fact]
    public async Task Search_CountsExpansionTermsTowardMaxQueryTermsAndLeavesOutWhatDoesNotFit()
    {
        // Bigrams off: the in-memory index has them, and their terms would fill the budget before the expansion.
        var tight = On with { MaximumQueryTerms = 3, BigramWeight = 0, BigramPhraseWeight = 0 };

        var explanation = (await _index.ExplainAsync("animals", "被狗咬", tight))!;
        var results = await _index.SearchAsync("被狗咬", tight);

        var line = Assert.Single(explanation.Expansions);
        Assert.Contains("left out for SearchOptions.MaximumQueryTerms", line, StringComparison.Ordinal);
        Assert.NotNull(results);
    }

    [Fact]
    public async Task Search_KeepsTheUsersOwnWords()
    {
        var on = await _index.SearchAsync("数据 被狗咬", On);

        Assert.Contains(on.Hits, h => h.Id == "other");
        Assert.Contains(on.Hits, h => h.Id == "animals");
    }

    [Fact]
    public async Task Search_DoesNotExpandInsideAQuotedPhrase()
    {
        var explanation = (await _index.ExplainAsync("animals", "\"被狗咬\"", On))!;

        Assert.Empty(explanation.Expansions);
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(1.5f)]
    [InlineData(float.NaN)]
    public void Validate_NamesLayTermWeightOutOfRange(float weight)
    {
        var error = Assert.Throws<ArgumentException>(() => new SearchOptions { LayTermWeight = weight }.Validate());

        Assert.StartsWith($"SearchOptions.LayTermWeight is {weight}; it must be between 0 and 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_ExpansionIsOnWithWeightHalf()
    {
        Assert.True(SearchOptions.Default.ExpandLayTerms);
        Assert.Equal(0.5f, SearchOptions.Default.LayTermWeight);
    }
}
