using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GovSearch.Querying;
using Xunit.Abstractions;

namespace GovSearch.Tests.Querying;

/// <summary>
/// Property: every query either answers or fails with a <see cref="QueryException"/> whose position lies inside the
/// query; nothing else is ever thrown. Queries come from <see cref="QueryGrammar"/>, one seed each. The suite parses
/// and compiles <see cref="DefaultQueries"/> (100,000) queries and runs every tenth of them (10,000) through the whole
/// search across modes (the mode follows from the seed); <c>GOVSEARCH_FUZZ_QUERIES=1000000</c> is the long run, and
/// <c>GOVSEARCH_FUZZ_SEED</c> moves the first seed: <c>GOVSEARCH_FUZZ_SEED=S GOVSEARCH_FUZZ_QUERIES=1</c> replays the query of
/// seed S in the mode it failed in.
/// </summary>
public sealed partial class QueryFuzzTests(QueryFuzzFixture fixture, ITestOutputHelper output) : IClassFixture<QueryFuzzFixture>
{
    /// <summary>How many queries the suite parses and compiles.</summary>
    public const int DefaultQueries = 100_000;

    /// <summary>One query in this many also runs through the whole search.</summary>
    public const int ExecutedOneIn = 10;

    /// <summary>The first seed; query i has seed <see cref="BaseSeed"/> + i.</summary>
    public const int BaseSeed = 20_261_207;

    /// <summary>A single search slower than this counts as a hang.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(10);

    private static int Queries => Setting("GOVSEARCH_FUZZ_QUERIES", DefaultQueries) is var n and > 0 ? n
        : throw new InvalidOperationException("GOVSEARCH_FUZZ_QUERIES must be a count above 0.");

    private static int FirstSeed => Setting("GOVSEARCH_FUZZ_SEED", BaseSeed);

    [Fact]
    public void ParseAndCompile_HundredThousandFuzzedQueries_AnswerOrThrowQueryExceptionWithPosition()
    {
        var failures = new List<string>();
        var refused = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Queries; i++)
        {
            var seed = FirstSeed + i;
            var query = QueryGrammar.Make(seed, out var kind);
            foreach (var strict in (bool[])[false, true])
            {
                var options = new SearchOptions { Strict = strict };
                var failure = Check(query, () =>
                {
                    var parsed = QueryParser.Parse(query, strict);
                    CheckWarnings(query, parsed.Warnings);
                    fixture.Compiler.Compile(parsed, options, fixture.Reader);
                });
                refused += failure == Refused ? 1 : 0;
                Record(failures, seed, kind, strict ? "strict parse+compile" : "parse+compile", query, failure);
            }
        }

        output.WriteLine($"{Queries:N0} queries parsed and compiled, lenient and strict, in {clock.Elapsed.TotalSeconds:F1} s; {refused:N0} refusals with a position");
        Assert.True(failures.Count == 0, Report(failures));
    }

    [Fact]
    public async Task Search_EveryTenthFuzzedQueryAcrossModes_AnswersOrThrowsQueryExceptionWithPosition()
    {
        var failures = new List<string>();
        var refused = 0;
        var slowest = (Seconds: 0.0, Seed: 0);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Queries; i += ExecutedOneIn)
        {
            var seed = FirstSeed + i;
            var query = QueryGrammar.Make(seed, out var kind);
            var (name, options) = Mode(seed / ExecutedOneIn);
            var started = clock.Elapsed;
            using var timeout = new CancellationTokenSource(Hang);
            string? failure;
            try
            {
                if (name == "explain")
                {
                    var explanation = (await fixture.Index.ExplainAsync(fixture.FirstId, query, options, timeout.Token))!;
                    Assert.Equal(fixture.FirstId, explanation.Id);
                }
                else
                {
                    var results = await fixture.Index.SearchAsync(query, options, timeout.Token);
                    CheckWarnings(query, results.Warnings);
                    Assert.True(results.Hits.Count <= options.Limit);
                    Assert.All(results.Hits, h => Assert.False(string.IsNullOrEmpty(h.Id)));
                }

                failure = null;
            }
            catch (Exception e)
            {
                failure = Classify(query, e);
            }

            var seconds = (clock.Elapsed - started).TotalSeconds;
            if (seconds > slowest.Seconds)
            {
                slowest = (seconds, seed);
            }

            refused += failure == Refused ? 1 : 0;
            Record(failures, seed, kind, name, query, failure);
        }

        output.WriteLine($"{(Queries + ExecutedOneIn - 1) / ExecutedOneIn:N0} queries searched in {clock.Elapsed.TotalSeconds:F1} s; {refused:N0} refusals with a position; slowest {slowest.Seconds:F3} s (seed {slowest.Seed})");
        Assert.True(failures.Count == 0, Report(failures));
    }

    [Fact]
    public void Grammar_IsDeterministicAndCoversEveryKind()
    {
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 5_000; i++)
        {
            QueryGrammar.Make(FirstSeed + i, out var kind);
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }

        Assert.Equal(QueryGrammar.Make(12345), QueryGrammar.Make(12345));
        Assert.Equal(["giant", "grammar", "mutation", "raw"], kinds.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The search modes the executed queries cycle through.</summary>
    private static (string Name, SearchOptions Options) Mode(int i) => (Math.Abs(i) % 6) switch
    {
        0 => ("lexical, facets and passages", SearchOptions.Default),
        1 => ("hybrid", new SearchOptions { Mode = SearchMode.Hybrid, Limit = 20, PassagesPerHit = 1 }),
        2 => ("strict", new SearchOptions { Strict = true, PassagesPerHit = 2, FacetLimit = 3 }),
        3 => ("all words, newest first", new SearchOptions { DefaultOperator = QueryOperator.And, Sort = SearchSort.DateDescending }),
        4 => ("page 2, oldest first, raw markers", new SearchOptions
        {
            Offset = 5, Limit = 5, Sort = SearchSort.DateAscending, SnippetLength = 40, EscapeHtml = false, HighlightStart = "[", HighlightEnd = string.Empty,
        }),
        _ => ("explain", SearchOptions.Default),
    };

    private const string Refused = "refused";

    /// <summary>Runs one query: null when it answers, <see cref="Refused"/> for a well-formed refusal, otherwise what went wrong.</summary>
    private static string? Check(string query, Action run)
    {
        try
        {
            run();
            return null;
        }
        catch (Exception e)
        {
            return Classify(query, e);
        }
    }

    private static string Classify(string query, Exception e)
    {
        if (e is QueryException q)
        {
            var inside = q.Position >= 0 && q.Length >= 0 && q.Position + q.Length <= query.Length;
            var named = q.Message.Contains($"(at position {q.Position} of the query)", StringComparison.Ordinal);
            return inside && named && q.Query == query
                ? Refused
                : $"QueryException at position {q.Position}, length {q.Length} of a {query.Length}-character query: {q.Message}";
        }

        if (e is OperationCanceledException)
        {
            return $"took more than {Hang.TotalSeconds:F0} s";
        }

        var frame = e.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
        return $"{e.GetType().FullName}: {e.Message} {frame}";
    }

    /// <summary>Every warning names a position inside the query, except the last one of a long list, which counts the rest.</summary>
    private static void CheckWarnings(string query, IReadOnlyList<string> warnings)
    {
        Assert.InRange(warnings.Count, 0, QueryParser.MaxWarnings + 1);
        foreach (var warning in warnings.Take(QueryParser.MaxWarnings))
        {
            var match = WarningPosition().Match(warning);
            Assert.True(match.Success, $"The warning '{warning}' names no position.");
            var position = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.True(position <= query.Length, $"The warning '{warning}' points past the end of a {query.Length}-character query.");
        }
    }

    private static void Record(List<string> failures, int seed, string kind, string mode, string query, string? failure)
    {
        if (failure is not null && failure != Refused)
        {
            failures.Add($"seed {seed} ({kind}, {mode}): \"{QueryGrammar.Show(query)}\" -> {failure}");
        }
    }

    private static string Report(List<string> failures) =>
        $"{failures.Count} queries failed; replay one with QueryGrammar.Make(seed):{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(20))}";

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [GeneratedRegex(@"at position (\d+) ")]
    private static partial Regex WarningPosition();
}
