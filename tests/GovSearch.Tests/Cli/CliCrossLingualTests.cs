using System.Text.Json;
using GovSearch.Cli;

namespace GovSearch.Tests.Cli;

/// <summary>The <c>--cross-lingual off|auto|only</c> option of search, batch, explain and eval, on a two-document index.</summary>
[Collection("cli")]
public sealed class CliCrossLingualTests : IDisposable
{
    private readonly CliRunner _runner = new();

    public CliCrossLingualTests() => Assert.NotNull(CliRunner.CachePath);

    public void Dispose() => _runner.Dispose();

    private string Index => _runner.Folder.File("index");

    [Theory]
    [InlineData(new string[0], new[] { "en" })]
    [InlineData(new[] { "--cross-lingual", "off" }, new[] { "en" })]
    [InlineData(new[] { "--cross-lingual", "only" }, new[] { "zh" })]
    [InlineData(new[] { "--cross-lingual", "auto" }, new[] { "en", "zh" })]
    [InlineData(new[] { "--cross-lingual", "auto", "--lang", "zh" }, new[] { "zh" })]
    public async Task Search_TakesTheMode(string[] mode, string[] expected)
    {
        await BuildIndexAsync();

        var (code, output, error) = await CliRunner.RunAsync(["search", "reform", "--index", Index, "--json", .. mode]);

        Assert.True(code == ExitCodes.Success, error);
        var ids = JsonDocument.Parse(output).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Search_RefusesAnUnknownModeWithUsageCode()
    {
        var (code, _, error) = await CliRunner.RunAsync("search", "reform", "--index", Index, "--cross-lingual", "both");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--cross-lingual 'both' is not one of off, auto, only", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchExplainAndEval_TakeTheMode()
    {
        await BuildIndexAsync();
        var queries = _runner.Folder.File("queries.tsv");
        var qrels = _runner.Folder.File("qrels.txt");
        File.WriteAllLines(queries, ["q1\treform"]);
        File.WriteAllLines(qrels, ["q1 0 zh 1"]);

        var batch = await CliRunner.RunAsync("batch", "--queries", queries, "--index", Index, "--cross-lingual", "only");
        var explain = await CliRunner.RunAsync("explain", "zh", "reform", "--index", Index, "--cross-lingual", "only");
        var eval = await CliRunner.RunAsync("eval", "-q", queries, "-r", qrels, "--index", Index, "--cross-lingual", "only", "--json");

        Assert.True(batch.Code == ExitCodes.Success, batch.Error);
        Assert.StartsWith("q1 Q0 zh 1 ", batch.Out, StringComparison.Ordinal);
        Assert.True(explain.Code == ExitCodes.Success, explain.Error);
        Assert.StartsWith("translation: reform -> 改革 ", explain.Out, StringComparison.Ordinal);
        Assert.Contains("zh matches with score ", explain.Out, StringComparison.Ordinal);
        Assert.True(eval.Code == ExitCodes.Success, eval.Error);
        var overall = JsonDocument.Parse(eval.Out).RootElement.GetProperty("runs")[0].GetProperty("overall");
        Assert.Equal(1, overall.GetProperty("ndcg10").GetDouble(), 6);
    }

    private async Task BuildIndexAsync()
    {
        var path = _runner.Folder.File("xling.jsonl");
        File.WriteAllLines(path,
        [
            JsonSerializer.Serialize(new { id = "zh", title = "关于国有企业的决定", lang = "zh", text = "全面深化改革，推进国有企业改革。" }),
            JsonSerializer.Serialize(new { id = "en", title = "A note on state enterprises", lang = "en", text = "The reform of state enterprises continues." }),
        ]);
        var (code, _, error) = await CliRunner.RunAsync("index", path, "--index", Index, "--no-topics");
        Assert.True(code == ExitCodes.Success, error);
    }
}
