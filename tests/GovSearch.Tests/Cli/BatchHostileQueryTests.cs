using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovSearch.Cli;
using GovSearch.Querying;
using GovSearch.Tests.Querying;
using GovSearch.Tests.Support;
using Xunit.Abstractions;

namespace GovSearch.Tests.Cli;

/// <summary><c>govsearch batch</c> keeps going past refused queries: every line gets an answer or an error naming its line and position.</summary>
[Collection("cli")]
public sealed partial class BatchHostileQueryTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>How many fuzzed queries the batch file mixes in.</summary>
    private const int Fuzzed = 300;

    /// <summary>UTF-8 that writes a lone surrogate as U+FFFD, as a user's editor would, instead of throwing.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly string[] Good = ["上海市 条例", "governance", "公共場所 吸煙", "\"公共场所\" year:2000.. -type:speech"];

    private readonly CliRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    [Fact]
    public async Task Batch_AnswersOrNamesLineAndPositionForEveryHostileQueryAndAnswersTheGoodOnes()
    {
        Assert.NotNull(CliRunner.CachePath);
        var index = _runner.Folder.File("index");
        var built = await CliRunner.RunAsync("index", Sample(), "--index", index);
        Assert.True(built.Code == ExitCodes.Success, built.Error);

        var queries = Queries();
        var file = _runner.Folder.File("hostile.tsv");
        File.WriteAllLines(file, queries.Select((q, i) => $"q{i}\t{q}"), Utf8);
        var (code, answers, error) = await CliRunner.RunAsync("batch", "--queries", file, "--index", index, "--format", "jsonl", "--limit", "5");

        var answered = answers.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("qid").GetString()!, r => r.GetProperty("totalHits").GetInt32(), StringComparer.Ordinal);
        var refused = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries))
        {
            var match = Refusal().Match(line);
            Assert.True(match.Success, $"Not a refusal naming line, query and position: {line}");
            Assert.Equal(file, match.Groups["file"].Value);
            var qid = match.Groups["qid"].Value;
            var number = int.Parse(qid[1..], CultureInfo.InvariantCulture);
            Assert.Equal(number + 1, int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture));
            Assert.InRange(int.Parse(match.Groups["position"].Value, CultureInfo.InvariantCulture), 0, queries[number].Length);
            refused.Add(qid, number);
        }

        output.WriteLine($"{queries.Count} lines: {answered.Count} answered, {refused.Count} refused with line and position");
        Assert.Equal(ExitCodes.Query, code);
        Assert.Empty(answered.Keys.Intersect(refused.Keys));
        Assert.Equal(queries.Count, answered.Count + refused.Count);
        Assert.All(Enumerable.Range(0, Good.Length), i => Assert.True(answered[$"q{i}"] > 0, $"The good query '{Good[i]}' found nothing."));
        Assert.True(answered[$"q{queries.Count - 1}"] > 0, "The good query after the hostile ones found nothing.");
        Assert.True(refused.Count >= 5, $"Only {refused.Count} refusals; the hostile lines were meant to be refused.");
        Assert.True(answered.Count >= Fuzzed / 2, $"Only {answered.Count} answers.");
    }

    /// <summary>The first 20 documents of dev.jsonl (Chinese regulations) and one English speech, in a scratch file.</summary>
    private string Sample()
    {
        var path = _runner.Folder.File("sample.jsonl");
        var speech = """{"id":"speech-1","title":"State of the Union (1992)","lang":"en","doc_type":"speech","date":"1992","source":"The White House","text":"We must modernize governance.\nCongress should act."}""";
        File.WriteAllLines(path, File.ReadLines(TestCorpus.Require("dev.jsonl")).Take(20).Append(speech), Utf8);
        return path;
    }

    /// <summary>The good queries first, then refusals of every kind, then fuzzed queries and a good query at the very end.</summary>
    private static List<string> Queries()
    {
        var queries = new List<string>(Good)
        {
            "   ",
            string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"word{i}")),
            string.Join(' ', Enumerable.Range(0, 600).Select(i => $"type:t{i}")),
            new string('数', SearchOptions.MaximumQueryLength + 1),
            new string('(', 50_000) + "数据",
            "\"unbalanced 数据",
            "year:2020..2015 -type: OR lang:fr",
            "\uD800 \U00020000 😀",
        };
        for (var seed = 0; queries.Count < Good.Length + 8 + Fuzzed; seed++)
        {
            // One line per query: line breaks would split it, and a line with nothing after the tab is a malformed file.
            var query = QueryGrammar.Make(QueryFuzzTests.BaseSeed + seed).Replace('\r', ' ').Replace('\n', ' ');
            if (query.Length > 0)
            {
                queries.Add(query);
            }
        }

        queries.Add(Good[0]);
        return queries;
    }

    [GeneratedRegex(@"^govsearch: (?<file>.+):(?<line>\d+) \(query (?<qid>q\d+)\): .+ \(at position (?<position>\d+) of the query\)$")]
    private static partial Regex Refusal();
}
