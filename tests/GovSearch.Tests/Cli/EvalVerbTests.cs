using System.Text.Json;
using GovSearch.Cli;
using GovSearch.Evaluation;
using GovSearch.Indexing;

namespace GovSearch.Tests.Cli;

/// <summary><c>govsearch eval</c> on a small slice of dev.jsonl: the table, per-query rows, JSON, baselines and bad inputs.</summary>
[Collection("cli")]
public sealed class EvalVerbTests(EvalCorpusFixture slice) : IClassFixture<EvalCorpusFixture>
{
    private string[] Eval(params string[] more) => ["eval", "--queries", slice.Queries, "--qrels", slice.Qrels, "--index", slice.Index, .. more];

    [Fact]
    public async Task Eval_PrintsPerKindAndOverallRowsWithBaselineColumns()
    {
        var (code, output, error) = await CliRunner.RunAsync(Eval("--baseline", "bigram,smartcn", "--corpus", slice.Corpus));

        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.StartsWith("4 queries evaluated; 1 skipped (no relevant judgment).", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^queries\s+lexical\s+bigram\s+smartcn$", lines[2]);
        Assert.Matches(@"^en\s+2(\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d+){3}$", lines[4]);
        Assert.Matches(@"^zh\s+2(\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d+){3}$", lines[5]);
        Assert.Matches(@"^all\s+4(\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d+){3}$", lines[6]);
        Assert.DoesNotContain("z1 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_PerQueryPrintsOneRowPerEvaluatedQuery()
    {
        var (code, output, _) = await CliRunner.RunAsync(Eval("--per-query"));

        Assert.Equal(ExitCodes.Success, code);
        foreach (var qid in new[] { "z1", "z2", "e1", "e2" })
        {
            Assert.Matches($@"(?m)^{qid}\s+(zh|en)\s+\d\.\d{{3}}\s+\d\.\d{{3}}\s+\d\.\d{{3}}\s+\d+\s*$", output);
        }

        Assert.DoesNotContain("q-none", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_JsonMatchesTheLibraryEvaluator()
    {
        var (code, output, error) = await CliRunner.RunAsync(Eval("--json", "--per-query", "--baseline", "bigram", "--corpus", slice.Corpus));

        Assert.True(code == ExitCodes.Success, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("queries").GetInt32());
        Assert.Equal(["q-none"], root.GetProperty("skipped").EnumerateArray().Select(e => e.GetString()));
        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(["lexical", "bigram"], runs.Select(r => r.GetProperty("name").GetString()));

        using var index = GovSearchIndex.Open(slice.Index, new GovSearchIndexOptions { ReadOnly = true });
        var expected = await Evaluator.EvaluateAsync(index, EvaluationQueryFile.Load(slice.Queries), QrelsFile.Load(slice.Qrels));
        var lexical = runs[0];
        Assert.Equal(expected.Overall.Ndcg, lexical.GetProperty("overall").GetProperty("ndcg10").GetDouble(), 12);
        Assert.Equal(expected.Overall.ReciprocalRank, lexical.GetProperty("overall").GetProperty("mrr10").GetDouble(), 12);
        Assert.Equal(expected.Overall.Recall, lexical.GetProperty("overall").GetProperty("recall100").GetDouble(), 12);
        Assert.Equal(expected.ByKind.Select(k => (k.Kind, k.Ndcg)), lexical.GetProperty("byKind").EnumerateArray().Select(k => (k.GetProperty("kind").GetString(), k.GetProperty("ndcg10").GetDouble())));
        Assert.Equal(
            expected.Queries.Select(q => (q.Query.Id, q.Ndcg, q.UnjudgedInTop10)),
            lexical.GetProperty("perQuery").EnumerateArray().Select(q => (q.GetProperty("qid").GetString()!, q.GetProperty("ndcg10").GetDouble(), q.GetProperty("unjudgedInTop10").GetInt32())));
    }

    [Fact]
    public async Task Eval_HalfKeepsOnlyThatHalfAndSaveRunsWritesTrecRuns()
    {
        var runs = slice.File("runs-" + Guid.NewGuid().ToString("N"));

        var (code, output, error) = await CliRunner.RunAsync(Eval("--half", "tune", "--json", "--per-query", "--save-runs", runs));

        Assert.True(code == ExitCodes.Success, error);
        using var json = JsonDocument.Parse(output);
        var perQuery = json.RootElement.GetProperty("runs")[0].GetProperty("perQuery");
        Assert.Equal(["z1", "e1"], perQuery.EnumerateArray().Select(q => q.GetProperty("qid").GetString()));
        var first = File.ReadLines(Path.Combine(runs, "lexical.run")).First().Split(' ');
        Assert.Equal(["z1", "Q0", "1", "999", "lexical"], [first[0], first[1], first[3], first[4], first[5]]);
    }

    [Fact]
    public async Task Eval_BadQueriesOrQrelsLineFailsWithOneLineNamingFileAndLine()
    {
        var queries = slice.File("bad-queries.tsv");
        var qrels = slice.File("bad-qrels.txt");
        File.WriteAllLines(queries, ["qid\tkind\tquery", "a1\ten\tfine", "a2\ten"]);
        File.WriteAllLines(qrels, ["a1 0 x 1", "a1 0 y high"]);

        var badQueries = await CliRunner.RunAsync("eval", "--queries", queries, "--qrels", slice.Qrels, "--index", slice.Index);
        var badQrels = await CliRunner.RunAsync("eval", "--queries", slice.Queries, "--qrels", qrels, "--index", slice.Index);

        Assert.Equal(ExitCodes.Input, badQueries.Code);
        Assert.Equal($"govsearch: {queries}:3: expected 3 tab-separated fields (qid, kind, query) but found 2.{Environment.NewLine}", badQueries.Error);
        Assert.Equal(ExitCodes.Input, badQrels.Code);
        Assert.Equal($"govsearch: {qrels}:2: the grade 'high' is not a whole number.{Environment.NewLine}", badQrels.Error);
    }

    [Theory]
    [InlineData("--baseline", "bigram")]
    [InlineData("--baseline", "trigram")]
    [InlineData("--mode", "fuzzy")]
    public async Task Eval_RefusesBadOptionsWithUsageCode(string option, string value)
    {
        var (code, output, error) = await CliRunner.RunAsync(Eval(option, value));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("govsearch: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_HalfWithoutHalfColumnIsUsageError()
    {
        var queries = slice.File("plain-queries.tsv");
        File.WriteAllLines(queries, ["z1\t中华鲟"]);

        var (code, _, error) = await CliRunner.RunAsync("eval", "--queries", queries, "--qrels", slice.Qrels, "--index", slice.Index, "--half", "check");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal($"govsearch: --half needs a 'half' column, and the queries file '{queries}' has none.{Environment.NewLine}", error);
    }

    [Fact]
    public async Task Eval_OptionsFileAddsAColumnNamedAfterTheFile()
    {
        var options = slice.File("and-operator.json");
        File.WriteAllText(options, """{ "defaultOperator": "and", "titleBoost": 3 }""");

        var (code, output, error) = await CliRunner.RunAsync(Eval("--mode", "lexical", "--options", options, "--json"));

        Assert.True(code == ExitCodes.Success, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["lexical", "and-operator"], json.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("""{ "titleBoost": 300 }""", ExitCodes.Usage, "titleBoost is 300; it must be between 0 and 100.")]
    [InlineData("""{ "titelBoost": 3 }""", ExitCodes.Input, "not a JSON object of search options")]
    public async Task Eval_BadOptionsFileNamesTheFile(string content, int exitCode, string problem)
    {
        var options = slice.File($"bad-{exitCode}.json");
        File.WriteAllText(options, content);

        var (code, _, error) = await CliRunner.RunAsync(Eval("--options", options));

        Assert.Equal(exitCode, code);
        Assert.StartsWith($"govsearch: {options}: ", error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Eval_WithNoJudgedQueryFailsSayingSo()
    {
        var qrels = slice.File("other-qrels.txt");
        File.WriteAllLines(qrels, ["x1 0 udhr-en 2"]);

        var (code, output, error) = await CliRunner.RunAsync("eval", "--queries", slice.Queries, "--qrels", qrels, "--index", slice.Index, "--per-query");

        Assert.Equal(ExitCodes.Input, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"govsearch: No query of {slice.Queries} has a judgment of grade 1 or more in {qrels}; check that their query ids match.{Environment.NewLine}", error);
    }
}
