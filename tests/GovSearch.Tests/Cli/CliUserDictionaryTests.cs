using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovSearch.Cli;
using GovSearch.Tests.AspNetCore;
using GovSearch.Tests.Reliability;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Cli;

/// <summary><c>index --user-dict</c>, <c>stats</c>, and <c>--synonyms</c> on search, explain and serve, on the built tool.</summary>
public sealed class CliUserDictionaryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Index => _folder.File("index");

    private string Corpus()
    {
        var path = _folder.File("docs.jsonl");
        File.WriteAllLines(path,
        [
            JsonSerializer.Serialize(new { id = "tort", title = "侵权责任规定", lang = "zh", text = "饲养动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。" }),
            JsonSerializer.Serialize(new { id = "farm", title = "动物饲养场管理办法", lang = "zh", text = "动物饲养场应当建立饲养档案。饲养场饲养的动物应当接种疫苗，动物饲养人应当报告动物疫情。饲养场所和动物圈舍应当定期消毒。" }),
            JsonSerializer.Serialize(new { id = "labour", title = "劳动法", lang = "zh", text = "用人单位安排劳动者延长工作时间的，应当支付工资报酬。" }),
        ]);
        return path;
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] arguments)
    {
        using var tool = ChildProcess.Tool(arguments);
        var code = await tool.ExitAsync();
        return (code, tool.Output, tool.Error);
    }

    /// <summary>Indexes the corpus without a user dictionary.</summary>
    private async Task IndexCorpusAsync() =>
        Assert.Equal(ExitCodes.Success, (await RunAsync("index", Corpus(), "--index", Index, "--no-topics")).Code);

    private static List<string> Ids(string json) =>
        JsonNode.Parse(json)!["hits"]!.AsArray().Select(h => (string)h!["id"]!).ToList();

    [Fact]
    public async Task Index_WithAUserDictionary_KeepsTheWordWhole_AndStatsShowIt()
    {
        var words = _folder.File("words.txt");
        File.WriteAllText(words, "# terms\n饲养动物 100 n\n");
        var corpus = Corpus();

        var indexed = await RunAsync("index", corpus, "--index", Index, "--no-topics", "--user-dict", words, "--json");
        var search = await RunAsync("search", "饲养动物", "--index", Index, "--json");
        var stats = await RunAsync("stats", "--index", Index, "--json");
        var text = await RunAsync("stats", "--index", Index);

        Assert.True(indexed.Code == ExitCodes.Success, indexed.Error);
        Assert.Equal(["tort", "farm"], Ids(search.Out));
        var statistics = JsonNode.Parse(stats.Out)!["statistics"]!;
        Assert.Equal(1, (int)statistics["userDictionaryWords"]!);
        Assert.Matches("^[0-9a-f]{16}$", (string)statistics["userDictionaryHash"]!);
        Assert.Contains($"user dict  1 word (hash {(string)statistics["userDictionaryHash"]!})", text.Out, StringComparison.Ordinal);

        // The same dictionary again adds to the index; another one is refused with the way to rebuild.
        Assert.Equal(ExitCodes.Success, (await RunAsync("index", corpus, "--index", Index, "--no-topics", "--user-dict", words)).Code);
        var other = _folder.File("other.txt");
        File.WriteAllText(other, "子女抚养\n");
        var refused = await RunAsync("index", corpus, "--index", Index, "--no-topics", "--user-dict", other);
        Assert.Equal(ExitCodes.Index, refused.Code);
        Assert.Contains($"--user-dict {other}: the index at {Index} was built with a user dictionary of 1 word", refused.Error, StringComparison.Ordinal);
        Assert.Contains($"govsearch index --rebuild --index {Index} --user-dict FILE", refused.Error, StringComparison.Ordinal);

        // --rebuild changes it.
        var rebuilt = await RunAsync("index", corpus, "--index", Index, "--no-topics", "--rebuild", "--user-dict", other, "--json");
        Assert.True(rebuilt.Code == ExitCodes.Success, rebuilt.Error);
        Assert.Equal(["farm", "tort"], Ids((await RunAsync("search", "饲养动物", "--index", Index, "--json")).Out));
    }

    [Fact]
    public async Task Index_WithABadUserDictionary_IsAnInputError_NamingFileAndLine()
    {
        var words = _folder.File("bad.txt");
        File.WriteAllText(words, "饲养动物\n5G网络\n");

        var (code, _, error) = await RunAsync("index", Corpus(), "--index", Index, "--user-dict", words);

        Assert.Equal(ExitCodes.Input, code);
        Assert.Equal($"govsearch: {words}:2: '5G网络' holds '5', which is not a Han character; user words are Han characters only (words in other scripts are kept whole already).", error.Trim());
        Assert.False(Directory.Exists(Index));
    }

    [Fact]
    public async Task Search_AndExplain_WithSynonyms_ShowWhichWereUsed()
    {
        await IndexCorpusAsync();
        var synonyms = _folder.File("synonyms.txt");
        File.WriteAllText(synonyms, "加班费 => 延长工作时间工资报酬\n");

        var without = await RunAsync("search", "加班费", "--index", Index, "--json", "--expand-lay-terms", "false");
        var with = await RunAsync("search", "加班费", "--index", Index, "--json", "--synonyms", synonyms, "--expand-lay-terms", "false");
        var explained = await RunAsync("explain", "labour", "加班费", "--index", Index, "--synonyms", synonyms, "--synonym-weight", "0.5", "--expand-lay-terms", "false");
        var queries = _folder.File("queries.tsv");
        File.WriteAllText(queries, "q1\t加班费\n");
        var batch = await RunAsync("batch", "--queries", queries, "--index", Index, "--synonyms", synonyms);

        Assert.Empty(Ids(without.Out));
        Assert.Equal(["labour"], Ids(with.Out));
        var used = JsonNode.Parse(with.Out)!["hits"]![0]!["synonyms"]![0]!;
        Assert.Equal("延长工作时间工资报酬", (string)used["synonym"]!);
        Assert.Equal(synonyms, (string)used["file"]!);
        Assert.Equal(1, (int)used["line"]!);
        Assert.Contains($"synonym: 加班费 -> 延长工作时间工资报酬 (weight 0.5, {synonyms}:1)", explained.Out, StringComparison.Ordinal);
        Assert.StartsWith("q1 Q0 labour 1 ", batch.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithABadSynonymFileOrWeight_SaysWhat()
    {
        await IndexCorpusAsync();
        var bad = _folder.File("bad.txt");
        File.WriteAllText(bad, "# fine\na => b => c\n");

        var file = await RunAsync("search", "加班费", "--index", Index, "--synonyms", bad);
        var weight = await RunAsync("search", "加班费", "--index", Index, "--synonym-weight", "3");

        Assert.Equal(ExitCodes.Input, file.Code);
        Assert.Equal($"govsearch: {bad}:2: the rule has more than one '=>'; write one mapping a line.", file.Error.Trim());
        Assert.Equal(ExitCodes.Usage, weight.Code);
        Assert.Contains("--synonym-weight must be between 0 and 1", weight.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_ReadsTheSynonymFileAgainWhenItChanges()
    {
        await IndexCorpusAsync();
        var synonyms = _folder.File("synonyms.txt");
        File.WriteAllText(synonyms, "无关, 不相干\n");

        using var tool = ChildProcess.Tool("serve", "--index", Index, "--urls", "http://127.0.0.1:0", "--synonyms", synonyms);
        using var client = new HttpClient { BaseAddress = new Uri(await ServeSafetyTests.AddressAsync(tool) + "/") };
        var before = await client.GetFromJsonAsync<JsonElement>("api/search?expand-lay-terms=false&q=" + Uri.EscapeDataString("加班费"));

        // As an editor saves: write a new file and rename it over the old one.
        var next = _folder.File("synonyms.txt.new");
        File.WriteAllText(next, "加班费 => 延长工作时间工资报酬\n");
        File.Move(next, synonyms, overwrite: true);
        await UntilErrorSaysAsync(tool, "synonyms read again");

        var after = await client.GetFromJsonAsync<JsonElement>("api/search?expand-lay-terms=false&q=" + Uri.EscapeDataString("加班费"));
        Assert.Equal(0, before.GetProperty("hits").GetArrayLength());
        Assert.Contains($"govsearch: synonyms read again: 1 rule from {synonyms}.", tool.Error, StringComparison.Ordinal);
        Assert.Equal("labour", after.GetProperty("hits")[0].GetProperty("id").GetString());

        // A bad edit keeps the synonyms in force and says why.
        File.WriteAllText(synonyms, "加班费 =>\n");
        await UntilErrorSaysAsync(tool, "were not read again");

        Assert.Contains($"the previous ones stay in force: {synonyms}:1: a term is empty", tool.Error, StringComparison.Ordinal);
        var still = await client.GetFromJsonAsync<JsonElement>("api/search?expand-lay-terms=false&q=" + Uri.EscapeDataString("加班费"));
        Assert.Equal("labour", still.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    /// <summary>Waits (at most 30 seconds) until the tool's standard error holds <paramref name="text"/>.</summary>
    private static async Task UntilErrorSaysAsync(ChildProcess tool, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!tool.Error.Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }
}
