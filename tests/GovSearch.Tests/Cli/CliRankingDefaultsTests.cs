using System.Text.Json;
using GovSearch.Cli;

namespace GovSearch.Tests.Cli;

/// <summary>The tool follows the library's ranking defaults: lay expansion on unless turned off, bigram fields unless --no-bigrams.</summary>
[Collection("cli")]
public sealed class CliRankingDefaultsTests : IDisposable
{
    private readonly CliRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    [Fact]
    public async Task Search_ExpandsLayTermsByDefaultAndNotWhenTurnedOff()
    {
        var index = await BuildIndexAsync("index");

        var on = await CliRunner.RunAsync("search", "被狗咬了", "--index", index, "--json");
        var off = await CliRunner.RunAsync("search", "被狗咬了", "--index", index, "--json", "--expand-lay-terms", "false");

        Assert.True(on.Code == ExitCodes.Success, on.Error);
        Assert.Equal("animals", Ids(on.Out).First());
        Assert.DoesNotContain("animals", Ids(off.Out));
    }

    [Fact]
    public async Task Index_HasBigramFieldsByDefaultAndNotWithNoBigrams()
    {
        var withBigrams = await BuildIndexAsync("default");
        var without = await BuildIndexAsync("words", "--no-bigrams");

        using (var opened = GovSearchIndex.Open(withBigrams, new GovSearchIndexOptions { ReadOnly = true }))
        {
            Assert.True(opened.Analysis.CharacterBigrams);
        }

        using var words = GovSearchIndex.Open(without, new GovSearchIndexOptions { ReadOnly = true });
        Assert.False(words.Analysis.CharacterBigrams);
    }

    private static IEnumerable<string?> Ids(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();

    private async Task<string> BuildIndexAsync(string name, params string[] extra)
    {
        var path = _runner.Folder.File(name + ".jsonl");
        File.WriteAllLines(path,
        [
            JsonSerializer.Serialize(new { id = "animals", title = "侵权责任规定", lang = "zh", text = "饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。" }),
            JsonSerializer.Serialize(new { id = "other", title = "数据安全", lang = "zh", text = "国家保障数据依法有序自由流动。" }),
        ]);
        var index = _runner.Folder.File(name);
        var (code, _, error) = await CliRunner.RunAsync(["index", path, "--index", index, .. extra]);
        Assert.True(code == ExitCodes.Success, error);
        return index;
    }
}
