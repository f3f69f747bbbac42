using BenchmarkDotNet.Attributes;
using GovSearch.Benchmarks.Configuration;
using GovSearch.Benchmarks.Infrastructure;
using GovSearch.Indexing;

namespace GovSearch.Benchmarks;

/// <summary>
/// What the learned ranker adds to one query on the prebuilt index of <see cref="QueryBenchmarks"/>: the same top-10
/// search (facets and snippets as by default) without and with <see cref="SearchOptions.LearnedRanking"/>, whose
/// top 100 candidates then get their features computed and scored by the shipped model.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LatencyConfig))]
public class LearnedRankingBenchmarks
{
    private static readonly SearchOptions Lexical = new() { Limit = 10 };
    private static readonly SearchOptions Learned = Lexical with { LearnedRanking = true };

    private GovSearchIndex? _index;

    /// <summary>The queries.</summary>
    public static IEnumerable<QueryCase> Queries => QueryCases.All;

    /// <summary>The query of this case.</summary>
    [ParamsSource(nameof(Queries))]
    public QueryCase Query { get; set; } = QueryCases.First;

    /// <summary>Opens the prebuilt index (building it if the cache lacks it) and loads the shipped model.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var paths = PrebuiltIndexes.Ensure(BenchmarkSettings.Current, Console.Out);
        _index = GovSearchIndex.Open(paths.GovSearch, new GovSearchIndexOptions { ReadOnly = true });
        _ = GovSearchLearned().GetAwaiter().GetResult();
    }

    /// <summary>GovSearch with default options, lexical order.</summary>
    [Benchmark(Baseline = true)]
    public Task<SearchResults> GovSearchLexical() => _index!.SearchAsync(Query.Text, Lexical);

    /// <summary>The same, with the top 100 candidates re-ranked by the shipped learned ranker.</summary>
    [Benchmark]
    public Task<SearchResults> GovSearchLearned() => _index!.SearchAsync(Query.Text, Learned);

    /// <summary>Closes the index.</summary>
    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();
}
