using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Suggestions;

/// <summary><see cref="GovSearchIndex.SuggestAsync"/> on a small on-disk index whose documents hold each kind of source.</summary>
public sealed class SuggestTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private GovSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = GovSearchIndex.Create(_folder.File("index"));
        await _index.AddRangeAsync(Documents());
        await _index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Suggest_CompletesAChinesePrefixFromTitlesAndTheirParts()
    {
        var suggestions = await _index.SuggestAsync("数据");

        var byText = suggestions.ToDictionary(s => s.Text, StringComparer.Ordinal);
        Assert.True(byText.ContainsKey("数据出境安全评估办法"), Describe(suggestions));
        Assert.Equal(SuggestionSources.Title, byText["数据出境安全评估办法"].Sources);
        Assert.True(byText.ContainsKey("数据安全法"), Describe(suggestions));
        Assert.Equal(SuggestionSources.TitlePart, byText["数据安全法"].Sources);
        Assert.All(suggestions, s => Assert.StartsWith("数据", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggest_FoldsTraditionalAndFullWidthInput()
    {
        var simplified = await _index.SuggestAsync("数据");
        var traditional = await _index.SuggestAsync("數據");
        var english = await _index.SuggestAsync("ＲＵＬＥ ｏｆ");

        Assert.NotEmpty(simplified);
        Assert.Equal(simplified, traditional);
        Assert.Contains(english, s => s.Text == "rule of law");
    }

    [Fact]
    public async Task Suggest_FindsMultiWordTermsThatSeveralDocumentsHold()
    {
        var chinese = await _index.SuggestAsync("数据安");
        var english = await _index.SuggestAsync("rule of ");

        var term = Assert.Single(chinese, s => s.Text == "数据安全");
        Assert.True(term.Sources.HasFlag(SuggestionSources.Phrase));
        Assert.Equal(3, term.Documents);
        var rule = Assert.Single(english, s => s.Text == "rule of law");
        Assert.Equal(SuggestionSources.Phrase, rule.Sources);
        Assert.Equal(3, rule.Documents);

        // Two documents are not enough for a multi-word term.
        Assert.DoesNotContain(await _index.SuggestAsync("个人"), s => s.Text == "个人信息");
    }

    [Fact]
    public async Task Suggest_FindsHeadingsLessTheirNumberingAndProtectedFormulations()
    {
        var headings = await _index.SuggestAsync("法律");
        var formulations = await _index.SuggestAsync("依法");

        var heading = Assert.Single(headings, s => s.Text == "法律责任");
        Assert.True(heading.Sources.HasFlag(SuggestionSources.Heading));   // and a multi-word term: the heading line is text too
        Assert.Equal(3, heading.Documents);
        Assert.DoesNotContain(headings, s => s.Text.Contains('第', StringComparison.Ordinal));
        var formulation = Assert.Single(formulations, s => s.Text == "依法治国");
        Assert.True(formulation.Sources.HasFlag(SuggestionSources.ProtectedTerm));
    }

    [Fact]
    public async Task Suggest_RanksByTheStatedScore()
    {
        var suggestions = await _index.SuggestAsync("数据", new SuggestOptions { Limit = SuggestOptions.MaximumLimit });

        Assert.Equal(suggestions.OrderByDescending(s => s.Score).ThenBy(s => s.Text.Length).Select(s => s.Text), suggestions.Select(s => s.Text));
        var title = Assert.Single(suggestions, s => s.Text == "数据出境安全评估办法");
        Assert.Equal(Math.Round(6 * Math.Log(2), 4), title.Score);
        var part = Assert.Single(suggestions, s => s.Text == "数据安全法");
        Assert.Equal(Math.Round(5 * Math.Log(2), 4), part.Score);
        var phrase = Assert.Single(suggestions, s => s.Text == "数据安全");
        Assert.Equal(Math.Round(Math.Log(4), 4), phrase.Score);
    }

    [Fact]
    public async Task Suggest_KeepsToTheLimitAndTheSources()
    {
        var one = await _index.SuggestAsync("数据", new SuggestOptions { Limit = 1 });
        var titles = await _index.SuggestAsync("数据", new SuggestOptions { Sources = SuggestionSources.Title });

        Assert.Single(one);
        Assert.Equal((await _index.SuggestAsync("数据"))[0], one[0]);
        Assert.NotEmpty(titles);
        Assert.All(titles, s => Assert.True(s.Sources.HasFlag(SuggestionSources.Title)));
    }

    [Fact]
    public async Task Suggest_AnswersBlankOrUnknownPrefixesWithNothingAndRefusesBadOptions()
    {
        Assert.Empty(await _index.SuggestAsync(""));
        Assert.Empty(await _index.SuggestAsync("   "));
        Assert.Empty(await _index.SuggestAsync("量子纠缠"));
        Assert.Empty(await _index.SuggestAsync(new string('数', 10_000)));
        Assert.Throws<ArgumentNullException>(() => { _ = _index.SuggestAsync(null!); });
        var limit = await Assert.ThrowsAsync<ArgumentException>(() => _index.SuggestAsync("数据", new SuggestOptions { Limit = 0 }));
        Assert.Equal("SuggestOptions.Limit is 0; it must be between 1 and 100. (Parameter 'Limit')", limit.Message);
        var sources = await Assert.ThrowsAsync<ArgumentException>(() => _index.SuggestAsync("数据", new SuggestOptions { Sources = SuggestionSources.None }));
        Assert.StartsWith("SuggestOptions.Sources is None; it must be one or more of", sources.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_FollowsCommitsAndDeletions()
    {
        Assert.Empty(await _index.SuggestAsync("网络安全"));

        await _index.AddAsync(new GovDocument("cyber") { Title = "中华人民共和国网络安全法", Text = "第一条 为了保障网络安全，制定本法。" });
        Assert.Empty(await _index.SuggestAsync("网络安全"));   // not committed yet
        await _index.CommitAsync();
        Assert.Contains(await _index.SuggestAsync("网络安全"), s => s.Text == "网络安全法");

        await _index.DeleteAsync("cyber");
        await _index.CommitAsync();
        Assert.DoesNotContain(await _index.SuggestAsync("网络安全"), s => s.Text == "网络安全法");
    }

    [Fact]
    public async Task Suggest_StopsWhenCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _index.SuggestAsync("数据", cancellationToken: cancelled.Token));
    }

    [Fact]
    public void SuggestOptions_Defaults()
    {
        var options = new SuggestOptions();

        Assert.Equal(10, options.Limit);
        Assert.Equal(SuggestionSources.All, options.Sources);
        Assert.Equal(100, SuggestOptions.MaximumLimit);
        Assert.Equal(options, SuggestOptions.Default);
    }

    private static string Describe(IEnumerable<Suggestion> suggestions) => string.Join(", ", suggestions.Select(s => $"{s.Text} {s.Score} {s.Sources}"));

    /// <summary>Titles whole and in parts, "数据安全" in three texts and "个人信息" in two, "rule of law" in three English
    /// texts, the heading 第六章 法律责任 in three, and 依法治国.</summary>
    private static IEnumerable<GovDocument> Documents() =>
    [
        new("dsl") { Title = "中华人民共和国数据安全法", Text = "第一章 总则\n第一条 为了规范数据处理活动，保障数据安全，制定本法。\n第六章 法律责任\n第四十五条 违反本法规定的，依法处罚。", DocType = "law" },
        new("export") { Title = "数据出境安全评估办法", Text = "第一条 为了规范数据出境活动，保护个人信息权益，维护数据安全，制定本办法。\n第六章 法律责任\n第二十条 依法处理。", DocType = "regulation" },
        new("pipl") { Title = "中华人民共和国个人信息保护法", Text = "第一条 为了保护个人信息权益，保障数据安全，制定本法。\n第六章 法律责任\n第六十六条 依法治国，依法处罚。", DocType = "law" },
        new("speech-1") { Title = "Remarks on Justice", Text = "We uphold the rule of law in every court.", Language = "en" },
        new("speech-2") { Title = "Address to the Bar", Text = "The rule of law protects every citizen.", Language = "en" },
        new("speech-3") { Title = "The Universal Declaration of Human Rights", Text = "Human rights should be protected by the rule of law.", Language = "en" },
    ];
}
