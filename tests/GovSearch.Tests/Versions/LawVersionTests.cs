using GovSearch.Tests.Citations;
using GovSearch.Versions;
using Xunit;

namespace GovSearch.Tests.Versions;

/// <summary>Versions of real laws (docs.jsonl beside versions.jsonl): listing, the current filter, collapsing, diff.</summary>
public sealed class LawVersionTests(LawCorpusFixture laws) : IClassFixture<LawCorpusFixture>
{
    private const string Interpretation2020 = "lrb-e1f3df84fb74fa9f";

    [Fact]
    public async Task GetVersions_ListsEveryVersionOldestFirstAndMarksTheLatestCurrent()
    {
        using var index = GovSearchIndex.Open(laws.IndexPath, new GovSearchIndexOptions { ReadOnly = true });
        var company = (await index.GetVersionsAsync(LawCorpusFixture.CompanyLaw2018))!;
        Assert.Equal([LawCorpusFixture.CompanyLaw2018, LawCorpusFixture.CompanyLaw2023], company.Select(v => v.Id));
        Assert.Equal([false, true], company.Select(v => v.IsCurrent));

        var interpretation = (await index.GetVersionsAsync(Interpretation2020))!;
        Assert.Equal(3, interpretation.Count);
        Assert.True(interpretation.Select(v => v.Date!.Value.SortKey).SequenceEqual(interpretation.Select(v => v.Date!.Value.SortKey).Order()));
        Assert.True(interpretation[^1].IsCurrent);

        var single = (await index.GetVersionsAsync("lrb-7336e250547a9e03"))!;
        Assert.True(Assert.Single(single).IsCurrent);
    }

    [Fact]
    public async Task CurrentFilter_KeepsOnlyTheLatestVersionOfEachLaw()
    {
        using var index = GovSearchIndex.Open(laws.IndexPath, new GovSearchIndexOptions { ReadOnly = true });
        var all = await index.SearchAsync("公司 股东", new SearchOptions { Limit = 100 });
        var current = await index.SearchAsync("公司 股东", new SearchOptions { Limit = 100, CurrentVersionsOnly = true });

        Assert.Contains(all.Hits, h => h.Id == LawCorpusFixture.CompanyLaw2018);
        Assert.DoesNotContain(current.Hits, h => h.Id == LawCorpusFixture.CompanyLaw2018);
        Assert.Contains(current.Hits, h => h.Id == LawCorpusFixture.CompanyLaw2023);
        Assert.Contains(current.Hits, h => h.Id == "lrb-7336e250547a9e03");
        Assert.True(current.TotalHits < all.TotalHits);
    }

    [Fact]
    public async Task Collapse_ShowsOneHitPerLawWithTheCountOfOtherVersions()
    {
        using var index = GovSearchIndex.Open(laws.IndexPath, new GovSearchIndexOptions { ReadOnly = true });
        var options = new SearchOptions { Limit = 100 };
        var all = await index.SearchAsync("人民法院 诉讼", options);
        var collapsed = await index.SearchAsync("人民法院 诉讼", options with { CollapseVersions = true });

        var titles = collapsed.Hits.Select(h => h.Title).ToList();
        Assert.Equal(titles.Distinct().Count(), titles.Count);
        Assert.Equal(all.Hits.Select(h => h.Title).Distinct().Count(), titles.Count);
        var interpretation = Assert.Single(collapsed.Hits, h => h.Title.StartsWith("最高人民法院关于适用《中华人民共和国民事诉讼法》的解释", StringComparison.Ordinal));
        Assert.Equal(2, interpretation.OtherVersions);
        Assert.Equal(all.TotalHits, collapsed.TotalHits);
        Assert.Equal(Enumerable.Range(1, collapsed.Hits.Count), collapsed.Hits.Select(h => h.Rank));
    }

    [Fact]
    public async Task Diff_AccountsForEveryArticleAndMarksTheChangedWords()
    {
        using var index = GovSearchIndex.Open(laws.IndexPath, new GovSearchIndexOptions { ReadOnly = true });
        var diff = (await index.DiffAsync(LawCorpusFixture.LegislationLaw2015, LawCorpusFixture.LegislationLaw2023))!;

        var kinds = diff.Changes.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());
        var matched = diff.Unchanged + kinds.GetValueOrDefault(ArticleChangeKind.Amended) + kinds.GetValueOrDefault(ArticleChangeKind.Renumbered);
        Assert.Equal(diff.OldArticles, matched + kinds.GetValueOrDefault(ArticleChangeKind.Removed));
        Assert.Equal(diff.NewArticles, matched + kinds.GetValueOrDefault(ArticleChangeKind.Added));
        Assert.True(diff.NewArticles > diff.OldArticles);
        Assert.True(kinds.GetValueOrDefault(ArticleChangeKind.Added) > 0);
        Assert.True(kinds.GetValueOrDefault(ArticleChangeKind.Amended) > 0);

        foreach (var change in diff.Changes.Where(c => c.Kind == ArticleChangeKind.Amended))
        {
            Assert.Equal(change.OldText, string.Concat(change.Segments.Where(s => s.Kind != DiffSegmentKind.Inserted).Select(s => s.Text)));
            Assert.Equal(change.NewText, string.Concat(change.Segments.Where(s => s.Kind != DiffSegmentKind.Deleted).Select(s => s.Text)));
            Assert.Contains(change.Segments, s => s.Kind != DiffSegmentKind.Same);
        }
    }

    [Fact]
    public async Task Diff_MatchesRenumberedArticlesByContent()
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddAsync(new GovDocument("old") { Title = "示例条例", Text = "示例条例\n第一条 为了规范管理，制定本条例。\n第二条 本条例适用于本市。\n第三条 违反本条例的，责令改正。" });
        await index.AddAsync(new GovDocument("new") { Title = "示例条例", Text = "示例条例\n第一条 为了规范管理，制定本条例。\n第二条 市人民政府负责实施本条例。\n第三条 本条例适用于本市。\n第四条 违反本条例的，责令限期改正。" });
        await index.CommitAsync();

        var diff = (await index.DiffAsync("old", "new"))!;
        Assert.Equal(1, diff.Unchanged);
        Assert.Collection(diff.Changes,
            added => Assert.Equal((ArticleChangeKind.Added, "第二条"), (added.Kind, added.NewNumber)),
            moved => Assert.Equal((ArticleChangeKind.Renumbered, "第二条", "第三条"), (moved.Kind, moved.OldNumber, moved.NewNumber)),
            amended =>
            {
                Assert.Equal((ArticleChangeKind.Amended, "第三条", "第四条"), (amended.Kind, amended.OldNumber, amended.NewNumber));
                Assert.Equal("限期", Assert.Single(amended.Segments, s => s.Kind == DiffSegmentKind.Inserted).Text);
            });
    }

    [Fact]
    public void DiffOptions_OutOfRange_IsRefusedNamingTheOption()
    {
        var error = Assert.Throws<ArgumentException>(() => new DiffOptions { MinimumSimilarity = 0 }.Validate());
        Assert.Contains("MinimumSimilarity", error.Message, StringComparison.Ordinal);
        Assert.Equal(0.4, DiffOptions.Default.MinimumSimilarity);
    }
}
