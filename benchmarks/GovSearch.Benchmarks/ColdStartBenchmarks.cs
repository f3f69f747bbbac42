using GovSearch;
using BenchmarkDotNet.Attributes;
using GovSearch.Benchmarks.Configuration;
using GovSearch.Benchmarks.Infrastructure;
using GovSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GovSearch.Benchmarks;

/// <summary>
/// How long it takes from an index folder on disk to the first answer: open, run one query (top 10), close.
/// GovSearch read-only and writable against plain Lucene.Net DirectoryReader.Open and a BM25 search.
/// </summary>
/// <remarks>
/// The Cold job measures the first call in a fresh process: nothing is jitted and SmartCn's dictionaries are not
/// loaded yet (both sides load them to analyze the query). The Warm job repeats open-query-close in one process.
/// The query is Chinese so both sides segment it.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ColdStartConfig))]
public class ColdStartBenchmarks
{
    private PrebuiltIndexPaths? _paths;

    /// <summary>Finds the prebuilt indexes (the host builds them before starting benchmark processes).</summary>
    [GlobalSetup]
    public void Setup() => _paths = PrebuiltIndexes.Ensure(BenchmarkSettings.Current, Console.Out);

    /// <summary>Plain Lucene.Net: open the folder and a reader, analyze with SmartCn, BM25 top 10, read ids, close.</summary>
    [Benchmark(Baseline = true)]
    public int Lucene()
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(_paths!.Lucene));
        using var reader = DirectoryReader.Open(directory);
        using var analyzer = PlainLucene.ChineseAnalyzer();
        return PlainLucene.Top10(PlainLucene.Searcher(reader), analyzer, QueryCases.First).Ids.Length;
    }

    /// <summary>GovSearch opened read-only (no writer, no lock), default search options.</summary>
    [Benchmark]
    public Task<int> GovSearchReadOnly() => OpenAndSearch(new GovSearchIndexOptions { ReadOnly = true });

    /// <summary>GovSearch opened as most applications would: with its writer.</summary>
    [Benchmark]
    public Task<int> GovSearchWritable() => OpenAndSearch(new GovSearchIndexOptions());

    private async Task<int> OpenAndSearch(GovSearchIndexOptions options)
    {
        using var index = GovSearchIndex.Open(_paths!.GovSearch, options);
        var results = await index.SearchAsync(QueryCases.First.Text).ConfigureAwait(false);
        return results.Hits.Count;
    }
}
