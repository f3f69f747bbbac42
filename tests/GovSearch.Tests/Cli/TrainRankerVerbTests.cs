using System.Text.Json;
using GovSearch.Cli;
using GovSearch.Tests.Reliability;

namespace GovSearch.Tests.Cli;

/// <summary><c>govsearch train-ranker</c> on the eval slice: the JSON contract of the built tool, the model file it
/// writes (which eval --ranker and explain --learned-ranking then use), and bad inputs.</summary>
[Collection("cli")]
public sealed class TrainRankerVerbTests(EvalCorpusFixture slice) : IClassFixture<EvalCorpusFixture>
{
    private static readonly string[] Small = ["--folds", "2", "--trees", "3", "--leaves", "2", "--min-leaf-examples", "1", "--depth", "10"];

    [Fact]
    public async Task TrainRanker_BuiltTool_PrintsTheCrossValidationAsJson_AndWritesALoadableModel()
    {
        var model = slice.File("model-" + Guid.NewGuid().ToString("N") + ".zip");

        using var tool = ChildProcess.Tool(["train-ranker", "-q", slice.Queries, "-r", slice.Qrels, "--index", slice.Index, .. Small, "--out", model, "--json"]);
        var code = await tool.ExitAsync(TimeSpan.FromMinutes(2));

        Assert.True(code == ExitCodes.Success, tool.Error);
        using var json = JsonDocument.Parse(tool.Output);
        var root = json.RootElement;
        Assert.Equal(
            ["queries", "examples", "folds", "overall", "kinds", "foldResults", "skippedQueries", "model", "description"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, root.GetProperty("queries").GetInt32());
        Assert.Equal(2, root.GetProperty("folds").GetInt32());
        Assert.Equal(["name", "queries", "lexicalNdcg", "learnedNdcg"], root.GetProperty("overall").EnumerateObject().Select(p => p.Name));
        Assert.Equal("all", root.GetProperty("overall").GetProperty("name").GetString());
        Assert.Equal(["en", "zh"], root.GetProperty("kinds").EnumerateArray().Select(k => k.GetProperty("name").GetString()));
        Assert.Equal(["fold 1", "fold 2"], root.GetProperty("foldResults").EnumerateArray().Select(k => k.GetProperty("name").GetString()));
        Assert.Equal(["q-none"], root.GetProperty("skippedQueries").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(model, root.GetProperty("model").GetString());
        Assert.Equal(LearnedRanker.Load(model).Description, root.GetProperty("description").GetString());

        var options = slice.File("learned.json");
        await File.WriteAllTextAsync(options, """{"learnedRanking": true}""");
        var (evalCode, evalOutput, evalError) = await CliRunner.RunAsync("eval", "-q", slice.Queries, "-r", slice.Qrels, "--index", slice.Index, "--options", options, "--ranker", model, "--json");
        Assert.True(evalCode == ExitCodes.Success, evalError);
        Assert.Equal("learned", JsonDocument.Parse(evalOutput).RootElement.GetProperty("runs")[0].GetProperty("name").GetString());

        var (explainCode, explainOutput, explainError) = await CliRunner.RunAsync("explain", "udhr-en", "human rights declaration", "--index", slice.Index, "--learned-ranking", "--ranker", model);
        Assert.True(explainCode == ExitCodes.Success, explainError);
        Assert.Matches(@"(?m)^learned ranker score -?\d+\.\d{4} \(lexical rank 1, learned rank \d+\); features:$", explainOutput);
        Assert.Matches(@"(?m)^  titleTermShare\s+1$", explainOutput);
    }

    [Fact]
    public async Task TrainRanker_PrintsATableWithOneRowPerKindAndFold()
    {
        var (code, output, error) = await CliRunner.RunAsync(["train-ranker", "-q", slice.Queries, "-r", slice.Qrels, "--index", slice.Index, .. Small]);

        Assert.True(code == ExitCodes.Success, error);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Matches(@"^2-fold query-level cross-validation: 4 queries, \d+ examples; nDCG@10 of the same candidates$", lines[0]);
        Assert.Matches(@"^group\s+queries\s+lexical\s+learned\s+change$", lines[1]);
        Assert.Matches(@"^all\s+4\s+\d\.\d{3}\s+\d\.\d{3}\s+[+-]?\d\.\d{3}$", lines[2]);
        Assert.Matches(@"^en\s+2\s", lines[3]);
        Assert.Matches(@"^zh\s+2\s", lines[4]);
        Assert.Matches(@"^fold 1\s+2\s", lines[5]);
        Assert.Equal("skipped (no relevant judgment): q-none", lines[7]);
        Assert.Equal("The model was not written (give --out FILE to keep it).", lines[8]);
    }

    [Fact]
    public async Task TrainRanker_BadQueriesOrQrelsLine_FailsNamingFileAndLine()
    {
        var queries = slice.File("ranker-bad-queries.tsv");
        var qrels = slice.File("ranker-bad-qrels.txt");
        File.WriteAllLines(queries, ["qid\tkind\tquery", "a1\ten\tfine", "a2\ten"]);
        File.WriteAllLines(qrels, ["a1 0 x 1", "a1 0 y"]);

        var badQueries = await CliRunner.RunAsync("train-ranker", "--queries", queries, "--qrels", slice.Qrels, "--index", slice.Index);
        var badQrels = await CliRunner.RunAsync("train-ranker", "--queries", slice.Queries, "--qrels", qrels, "--index", slice.Index);

        Assert.Equal(ExitCodes.Input, badQueries.Code);
        Assert.Equal($"govsearch: {queries}:3: expected 3 tab-separated fields (qid, kind, query) but found 2.{Environment.NewLine}", badQueries.Error);
        Assert.Equal(ExitCodes.Input, badQrels.Code);
        Assert.Equal($"govsearch: {qrels}:2: expected 4 fields 'qid 0 docid grade' but found 3.{Environment.NewLine}", badQrels.Error);
    }

    [Fact]
    public async Task TrainRanker_OutOfRangeSetting_NamesTheOption()
    {
        var (code, output, error) = await CliRunner.RunAsync("train-ranker", "-q", slice.Queries, "-r", slice.Qrels, "--index", slice.Index, "--trees", "0");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"govsearch: --trees is 0; it must be between 1 and 1,000.{Environment.NewLine}", error);
    }

    [Fact]
    public async Task Eval_WithARankerFileThatIsNotARanker_FailsWithTheInputCode()
    {
        var bad = slice.File("not-a-ranker.zip");
        await File.WriteAllTextAsync(bad, "text");

        var (code, _, error) = await CliRunner.RunAsync("eval", "-q", slice.Queries, "-r", slice.Qrels, "--index", slice.Index, "--ranker", bad);

        Assert.Equal(ExitCodes.Input, code);
        Assert.StartsWith($"govsearch: {bad} is not a readable ranker file", error, StringComparison.Ordinal);
    }
}
