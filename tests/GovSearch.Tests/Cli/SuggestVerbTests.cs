using System.Text.Json;
using GovSearch.Cli;
using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Tests.Reliability;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Cli;

/// <summary><c>govsearch suggest PREFIX</c>, run as the built tool: its JSON is a contract.</summary>
public sealed class SuggestVerbTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Suggest_PrintsTheLibrarysSuggestionsAsJson()
    {
        var index = await BuildIndexAsync();
        using var tool = ChildProcess.Tool("suggest", "數據", "--index", index, "--json", "--limit", "3");

        Assert.Equal(ExitCodes.Success, await tool.ExitAsync());
        using var json = JsonDocument.Parse(tool.Output);
        Assert.Equal("數據", json.RootElement.GetProperty("prefix").GetString());
        var suggestions = json.RootElement.GetProperty("suggestions").EnumerateArray().ToList();
        using var opened = GovSearchIndex.Open(index, new GovSearchIndexOptions { ReadOnly = true });
        var expected = await opened.SuggestAsync("数据", new SuggestOptions { Limit = 3 });
        Assert.Equal(expected.Select(s => s.Text), suggestions.Select(s => s.GetProperty("text").GetString()));
        Assert.Equal(expected.Select(s => s.Score), suggestions.Select(s => s.GetProperty("score").GetDouble()));
        Assert.Equal(expected.Select(s => s.Documents), suggestions.Select(s => s.GetProperty("documents").GetInt32()));
        Assert.Equal("title", suggestions.Single(s => s.GetProperty("text").GetString() == "数据出境安全评估办法").GetProperty("sources").GetString());
        Assert.Equal(["text", "score", "sources", "documents"], suggestions[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Suggest_PrintsOneLinePerSuggestionForPeopleAndSaysWhenThereIsNone()
    {
        var index = await BuildIndexAsync();

        var found = await CliRunner.RunAsync("suggest", "数据出", "--index", index);
        var none = await CliRunner.RunAsync("suggest", "量子", "--index", index);

        Assert.Equal(ExitCodes.Success, found.Code);
        Assert.StartsWith("数据出境安全评估办法  ", found.Out, StringComparison.Ordinal);
        Assert.Contains("title · 1 document", found.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, none.Code);
        Assert.Equal("No suggestion starts with '量子'.", none.Error.Trim());
    }

    [Fact]
    public async Task Suggest_RefusesABadLimitAndAMissingIndexWithOneLine()
    {
        var index = await BuildIndexAsync();

        var limit = await CliRunner.RunAsync("suggest", "数据", "--index", index, "--limit", "101");
        var missing = await CliRunner.RunAsync("suggest", "数据", "--index", _folder.File("nowhere"));

        Assert.Equal(ExitCodes.Usage, limit.Code);
        Assert.Equal("govsearch: --limit must be between 1 and 100 (it was 101). Run 'govsearch --help' for usage.", limit.Error.Trim());
        Assert.Equal(ExitCodes.Index, missing.Code);
        Assert.StartsWith("govsearch: no index at ", missing.Error, StringComparison.Ordinal);
    }

    private async Task<string> BuildIndexAsync()
    {
        var path = _folder.File("index");
        if (Directory.Exists(path))
        {
            return path;
        }

        using var index = GovSearchIndex.Create(path);
        await index.AddRangeAsync(
        [
            new GovDocument("dsl") { Title = "中华人民共和国数据安全法", Text = "第一条 为了规范数据处理活动，保障数据安全，制定本法。" },
            new GovDocument("export") { Title = "数据出境安全评估办法", Text = "第一条 为了规范数据出境活动，维护数据安全，制定本办法。" },
            new GovDocument("pipl") { Title = "中华人民共和国个人信息保护法", Text = "第一条 为了保护个人信息权益，保障数据安全，制定本法。" },
        ]);
        await index.CommitAsync();
        return path;
    }
}
