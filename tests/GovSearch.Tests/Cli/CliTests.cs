using System.Text.Json;
using System.Text.RegularExpressions;
using GovSearch.Cli;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Cli;

[Collection("cli")]
public sealed class CliTests : IDisposable
{
    private readonly CliRunner _runner = new();

    public CliTests() => Assert.NotNull(CliRunner.CachePath);

    public void Dispose() => _runner.Dispose();

    private string Index => _runner.Folder.File("index");

    private async Task<string> BuildIndexAsync()
    {
        var (code, _, error) = await CliRunner.RunAsync("index", TestCorpus.Seeds, SampleJsonl(), "--index", Index);
        Assert.True(code == ExitCodes.Success, error);
        return Index;
    }

    private string SampleJsonl()
    {
        var path = _runner.Folder.File("sample.jsonl");
        File.WriteAllLines(path,
        [
            """{"id":"law-1","title":"中华人民共和国数据安全法","lang":"zh","doc_type":"law","date":"2021-06-10","source":"全国人民代表大会常务委员会","parallel_id":null,"text":"第一章 总则\n第一条 为了规范数据处理活动，保障数据安全，制定本法。"}""",
            """{"id":"speech-1","title":"State of the Union (1992)","lang":"en","doc_type":"speech","date":"1992","source":"The White House","parallel_id":null,"text":"We must modernize governance.\nCongress should act."}""",
            """{"title":"no id here","text":"x"}""",
        ]);
        return path;
    }

    [Fact]
    public async Task Search_WithoutIndexUsesTheBundledSeeds()
    {
        var (code, output, error) = await CliRunner.RunAsync("search", "governance modernization");
        var chinese = await CliRunner.RunAsync("search", "两个一百年");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("000_bdd7a3cd5751323a.txt", output, StringComparison.Ordinal);
        Assert.Contains("Yin Jun", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, chinese.Code);
        Assert.Contains("“两个一百年”奋斗目标", chinese.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_ReportsDocumentsPassagesAndSkippedInputs()
    {
        var (code, output, _) = await CliRunner.RunAsync("index", TestCorpus.Seeds, SampleJsonl(), "--index", Index, "--json");

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("documents").GetInt32());
        Assert.Equal(3, root.GetProperty("documentsInIndex").GetInt32());
        Assert.True(root.GetProperty("passages").GetInt64() >= 3);
        Assert.True(root.GetProperty("megabytes").GetDouble() > 0);
        Assert.True(root.GetProperty("seconds").GetDouble() > 0);
        var skipped = Assert.Single(root.GetProperty("skipped").EnumerateArray());
        Assert.EndsWith("sample.jsonl", skipped.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, skipped.GetProperty("line").GetInt32());
        Assert.Contains("no 'id'", skipped.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_RerunUpdatesAndRebuildReplaces()
    {
        await BuildIndexAsync();

        var again = await CliRunner.RunAsync("index", SampleJsonl(), "--index", Index, "--json");
        var rebuilt = await CliRunner.RunAsync("index", SampleJsonl(), "--index", Index, "--rebuild", "--json");

        Assert.Equal(3, JsonDocument.Parse(again.Out).RootElement.GetProperty("documentsInIndex").GetInt32());
        Assert.Equal(2, JsonDocument.Parse(rebuilt.Out).RootElement.GetProperty("documentsInIndex").GetInt32());
        Assert.False(Directory.Exists(Index + ".rebuild"));
    }

    [Fact]
    public async Task Index_WithBigrams_CreatesTheIndexWithCharacterBigramsAndLaterRunsKeepThem()
    {
        var created = await CliRunner.RunAsync("index", SampleJsonl(), "--index", Index, "--bigrams", "--no-topics");
        var again = await CliRunner.RunAsync("index", SampleJsonl(), "--index", Index, "--no-topics");

        Assert.Equal(ExitCodes.Success, created.Code);
        Assert.Equal(ExitCodes.Success, again.Code);
        using var index = GovSearch.GovSearchIndex.Open(Index, new GovSearch.GovSearchIndexOptions { ReadOnly = true });
        Assert.True(index.Analysis.CharacterBigrams);
    }

    [Fact]
    public async Task Index_RebuildRefusesFolderThatIsNotAnIndex()
    {
        var folder = _runner.Folder.File("notes");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "keep");

        var (code, _, error) = await CliRunner.RunAsync("index", SampleJsonl(), "--index", folder, "--rebuild");

        Assert.Equal(ExitCodes.Index, code);
        Assert.StartsWith("govsearch: ", error, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(folder, "keep.txt")));
    }

    [Fact]
    public async Task Search_JsonFollowsItsSchemaAndPrintsNothingElse()
    {
        await BuildIndexAsync();

        var (code, output, error) = await CliRunner.RunAsync("search", "数据安全 OR governance", "--index", Index, "--json", "--limit", "5");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("数据安全 OR governance", root.GetProperty("query").GetString());
        Assert.True(root.GetProperty("totalHits").GetInt32() >= 2);
        var hit = root.GetProperty("hits")[0];
        foreach (var field in new[] { "rank", "id", "title", "score", "date", "language", "source", "docType", "passages" })
        {
            Assert.True(hit.TryGetProperty(field, out _), $"hit lacks '{field}'");
        }

        var passage = hit.GetProperty("passages")[0];
        foreach (var field in new[] { "number", "start", "length", "heading", "snippet", "matches" })
        {
            Assert.True(passage.TryGetProperty(field, out _), $"passage lacks '{field}'");
        }

        var facets = root.GetProperty("facets");
        foreach (var field in new[] { "languages", "docTypes", "years", "sources" })
        {
            Assert.Equal(JsonValueKind.Array, facets.GetProperty(field).ValueKind);
        }

        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
        Assert.Contains(root.GetProperty("hits").EnumerateArray(), h => h.GetProperty("date").GetString() == "2021-06-10");
    }

    [Fact]
    public async Task Search_HumanOutputShowsHitsPassagesAndFacets()
    {
        await BuildIndexAsync();

        var (code, output, _) = await CliRunner.RunAsync("search", "数据安全", "--index", Index);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("1 document matches \"数据安全\"", output, StringComparison.Ordinal);
        Assert.Contains("  1. 中华人民共和国数据安全法", output, StringComparison.Ordinal);
        Assert.Contains("2021-06-10 · 全国人民代表大会常务委员会 · law · zh · score ", output, StringComparison.Ordinal);
        Assert.Contains("第一章 总则 › 第一条 (passage 1)", output, StringComparison.Ordinal);
        Assert.Contains("保障数据安全", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
        Assert.Matches(new Regex("^languages +zh 1$", RegexOptions.Multiline), output);
    }

    [Fact]
    public async Task Batch_WritesTrecRunAndJsonLines()
    {
        await BuildIndexAsync();
        var queries = _runner.Folder.File("queries.tsv");
        File.WriteAllLines(queries, ["# topics", "q1\t数据安全", "q2\tgovernance", string.Empty]);

        var trec = await CliRunner.RunAsync("batch", "--queries", queries, "--index", Index);
        var jsonl = await CliRunner.RunAsync("batch", "--queries", queries, "--index", Index, "--format", "jsonl");

        Assert.Equal(ExitCodes.Success, trec.Code);
        var lines = trec.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches(@"^q[12] Q0 \S+ \d+ \d+\.\d{6} govsearch-lexical$", l));
        Assert.StartsWith("q1 Q0 law-1 1 ", lines[0], StringComparison.Ordinal);
        var records = jsonl.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["q1", "q2"], records.Select(r => r.GetProperty("qid").GetString()));
        Assert.Equal("law-1", records[0].GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Batch_NamesTheBadLineOfAQueriesFile()
    {
        await BuildIndexAsync();
        var queries = _runner.Folder.File("bad.tsv");
        File.WriteAllLines(queries, ["q1\tfine", "no tab here"]);

        var (code, output, error) = await CliRunner.RunAsync("batch", "--queries", queries, "--index", Index);

        Assert.Equal(ExitCodes.Input, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"govsearch: {queries}:2: expected 'qid<TAB>query' with a qid without spaces.{Environment.NewLine}", error);
    }

    [Fact]
    public async Task Show_Explain_Stats_Work()
    {
        await BuildIndexAsync();

        var show = await CliRunner.RunAsync("show", "law-1", "--index", Index);
        var showJson = await CliRunner.RunAsync("show", "law-1", "--index", Index, "--json");
        var explain = await CliRunner.RunAsync("explain", "law-1", "数据", "--index", Index);
        var stats = await CliRunner.RunAsync("stats", "--index", Index, "--json");

        Assert.Contains("#1 第一章 总则 › 第一条", show.Out, StringComparison.Ordinal);
        Assert.Equal("law-1", JsonDocument.Parse(showJson.Out).RootElement.GetProperty("document").GetProperty("id").GetString());
        Assert.StartsWith("law-1 matches with score ", explain.Out, StringComparison.Ordinal);
        var statistics = JsonDocument.Parse(stats.Out).RootElement.GetProperty("statistics");
        Assert.Equal(3, statistics.GetProperty("documents").GetInt32());
        Assert.True(statistics.GetProperty("sizeOnDiskBytes").GetInt64() > 0);
        Assert.False(JsonDocument.Parse(stats.Out).RootElement.GetProperty("topics").GetProperty("isTrained").GetBoolean());
    }

    [Theory]
    [InlineData(ExitCodes.Usage, "search")]
    [InlineData(ExitCodes.Usage, "search", "x", "--no-such-option")]
    [InlineData(ExitCodes.Usage, "frobnicate")]
    [InlineData(ExitCodes.Index, "search", "x", "--index", "/nonexistent/govsearch-index")]
    [InlineData(ExitCodes.Input, "index", "/nonexistent/input.jsonl", "--index", "/tmp/never-created")]
    [InlineData(ExitCodes.Usage, "index", "seeds")]
    public async Task Errors_GiveOneLineAndDocumentedExitCode(int expected, params string[] args)
    {
        var saved = Environment.GetEnvironmentVariable("GOVSEARCH_INDEX");
        var (code, output, error) = await CliRunner.RunAsync(args);

        Assert.Null(saved);
        Assert.Equal(expected, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("govsearch: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_ForMissingIdAndStrictQuery()
    {
        await BuildIndexAsync();

        var missing = await CliRunner.RunAsync("show", "nope", "--index", Index);
        var strict = await CliRunner.RunAsync("search", "\"open", "--strict", "--index", Index);
        var empty = await CliRunner.RunAsync("search", " ", "--index", Index);

        Assert.Equal(ExitCodes.NotFound, missing.Code);
        Assert.Equal("govsearch: No document with id 'nope' is in the index.", missing.Error.Trim());
        Assert.Equal(ExitCodes.Query, strict.Code);
        Assert.Contains("at position 0", strict.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Query, empty.Code);
    }

    [Fact]
    public async Task TopicVerbs_TrainListTrendAndFindSimilar()
    {
        var corpus = TestCorpus.Require("dev.jsonl");
        var (code, output, error) = await CliRunner.RunAsync("index", corpus, "--index", Index, "--topics", "5", "--json");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(5, JsonDocument.Parse(output).RootElement.GetProperty("topics").GetInt32());

        var topics = await CliRunner.RunAsync("topics", "--index", Index, "--json");
        var csv = await CliRunner.RunAsync("trends", "--index", Index, "--csv");
        var png = _runner.Folder.File("trends.png");
        var plot = await CliRunner.RunAsync("trends", "--index", Index, "--by", "source", "--topic", "2", "--plot", png);
        var similar = await CliRunner.RunAsync("similar", "gwr-zh-2015", "--index", Index, "--json", "--limit", "3");
        var hybrid = await CliRunner.RunAsync("search", "经济 增长", "--mode", "hybrid", "--index", Index, "--json");
        var stats = await CliRunner.RunAsync("stats", "--index", Index);

        var listed = JsonDocument.Parse(topics.Out).RootElement;
        Assert.Equal(5, listed.GetProperty("topics").GetArrayLength());
        Assert.True(listed.GetProperty("status").GetProperty("isTrained").GetBoolean());
        var lines = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("year,documents,topic 0: ", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Equal(7, l.Split(',').Length));
        Assert.Equal(ExitCodes.Success, plot.Code);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png).Take(4));
        var similarHits = JsonDocument.Parse(similar.Out).RootElement;
        Assert.Equal(3, similarHits.GetArrayLength());
        Assert.DoesNotContain(similarHits.EnumerateArray(), h => h.GetProperty("id").GetString() == "gwr-zh-2015");
        Assert.Equal(ExitCodes.Success, hybrid.Code);
        Assert.NotEmpty(JsonDocument.Parse(hybrid.Out).RootElement.GetProperty("hits")[0].GetProperty("topics").EnumerateArray());
        Assert.Contains("5 topics; 226 documents trained, 0 inferred since (0.0 % stale)", stats.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicVerbs_WithoutModelExitWithDocumentedCode()
    {
        var (code, _, error) = await CliRunner.RunAsync("index", SampleJsonl(), "--index", Index, "--no-topics");
        Assert.True(code == ExitCodes.Success, error);

        var topics = await CliRunner.RunAsync("topics", "--index", Index);
        var hybrid = await CliRunner.RunAsync("search", "数据", "--mode", "hybrid", "--index", Index);

        Assert.Equal(ExitCodes.NoTopics, topics.Code);
        Assert.StartsWith("govsearch: The index has no topic model", topics.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NoTopics, hybrid.Code);
    }

    [Fact]
    public async Task Index_StoppedByCtrlCKeepsTheLastCommit()
    {
        await BuildIndexAsync();
        using var stopped = new CancellationTokenSource();
        await stopped.CancelAsync();

        var error = new StringWriter();
        var code = await GovSearch.Cli.Cli.RunAsync(
            ["index", TestCorpus.Seeds, "--index", Index, "--rebuild"], new CliConsole(new StringWriter(), error, false, false), stopped.Token);
        var stats = await CliRunner.RunAsync("stats", "--index", Index, "--json");

        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Equal("govsearch: stopped; the last commit is intact.", error.ToString().Trim());
        Assert.Equal(3, JsonDocument.Parse(stats.Out).RootElement.GetProperty("statistics").GetProperty("documents").GetInt32());
    }
}
