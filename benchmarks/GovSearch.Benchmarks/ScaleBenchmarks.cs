using GovSearch;
using BenchmarkDotNet.Attributes;
using GovSearch.Benchmarks.Configuration;
using GovSearch.Benchmarks.Infrastructure;
using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Querying;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GovSearch.Benchmarks;

/// <summary>
/// How GovSearch scales with the number of passages: a synthetic corpus of 10 thousand, 100 thousand and 1 million
/// passages (drawn from the real corpus's words and lengths, <see cref="SyntheticCorpus"/>) is streamed from disk
/// into a fresh on-disk index, by GovSearch with default options (every core, as a user would) and by plain
/// Lucene.Net (the baseline: SmartCn, BM25, RAMBufferSizeMB 64, fed from every core so the two are like with like).
/// </summary>
/// <remarks>
/// <para>Each iteration is one build (time: the Mean column; Index MB: the committed folder; Peak MB: the process's
/// peak resident memory during the build, reset before it). After the last build the class times the 12 benchmark
/// queries on the index it just built, one call at a time (<see cref="QueryLatency"/>): GovSearch with default
/// options (facets, 3 snippets per hit) and lean (neither), Lucene.Net BM25 top 10 reading stored ids.</para>
/// <para>Sizes: quick mode 10k and 100k passages, full mode adds 1M, smoke mode 200. The host generates the
/// corpora before BenchmarkDotNet starts; the curve (each figure against the baseline, and the log-log growth
/// exponent between sizes) is printed after the summary and written to the results folder.</para>
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ScaleConfig))]
public class ScaleBenchmarks
{
    private static readonly SearchOptions Default = new() { Limit = 10 };
    private static readonly SearchOptions Lean = new() { Limit = 10, IncludeFacets = false, PassagesPerHit = 0 };

    /// <summary>How many documents of the corpus the global setup indexes, untimed, to warm the code up (about
    /// 3,000 passages: enough calls for the JIT's second tier, a second or two per method).</summary>
    private const int WarmupDocuments = 60;

    private SyntheticCorpusFile? _corpus;
    private string _workFolder = string.Empty;
    private string _folder = string.Empty;
    private string? _kept;
    private string? _lastMethod;

    /// <summary>The passage counts of the current mode.</summary>
    public static IEnumerable<int> PassageCounts => Sizes(BenchmarkSettings.Current.Mode);

    /// <summary>How many passages the synthetic corpus holds.</summary>
    [ParamsSource(nameof(PassageCounts))]
    public int Passages { get; set; } = 10_000;

    /// <summary>The passage counts of a mode: 10k and 100k in quick mode, also 1M in full mode, 200 in smoke mode.</summary>
    public static IReadOnlyList<int> Sizes(BenchmarkMode mode) => mode switch
    {
        BenchmarkMode.Smoke => [200],
        BenchmarkMode.Quick => [10_000, 100_000],
        _ => [10_000, 100_000, 1_000_000],
    };

    /// <summary>Finds (or generates) the synthetic corpus, records its size, and warms both builds up on its first documents.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var settings = BenchmarkSettings.Current;
        _corpus = SyntheticCorpus.Ensure(settings, Passages, Console.Out);
        _workFolder = settings.WorkFolder;
        BenchmarkMetrics.Record(this, BenchmarkMetrics.InputBytes, _corpus.Utf8Bytes);
        BenchmarkMetrics.Record(this, BenchmarkMetrics.Passages, _corpus.Passages);

        var warmup = IndexFolders.NewPath(_workFolder, "scale-warmup");
        try
        {
            BuildLucene(Path.Combine(warmup, "lucene"), WarmupDocuments).GetAwaiter().GetResult();
            BuildGovSearch(Path.Combine(warmup, "govsearch"), WarmupDocuments).GetAwaiter().GetResult();
        }
        finally
        {
            IndexFolders.Delete(warmup);
        }

        Console.WriteLine($"// Synthetic corpus {_corpus.Path}: {_corpus.Documents} documents, {_corpus.Passages} passages, {_corpus.Utf8Bytes / 1e6:0.00} MB UTF-8");
    }

    /// <summary>A new folder for each build, and the memory peak reset.</summary>
    [IterationSetup]
    public void NewFolder()
    {
        _folder = IndexFolders.NewPath(_workFolder, "scale");
        PeakMemory.Reset();
    }

    /// <summary>Plain Lucene.Net: IndexWriter with SmartCn, BM25 and RAMBufferSizeMB 64, fed from every core; id,
    /// title, text (stored) and the lang, type and year filter fields the queries need.</summary>
    [Benchmark(Baseline = true)]
    public Task Lucene()
    {
        _lastMethod = nameof(Lucene);
        return BuildLucene(_folder, int.MaxValue);
    }

    /// <summary>GovSearch with default index options (IndexingThreads = every core, RamBufferSizeMB 64).</summary>
    [Benchmark]
    public Task GovSearch()
    {
        _lastMethod = nameof(GovSearch);
        return BuildGovSearch(_folder, int.MaxValue);
    }

    /// <summary>Records the peak memory and the size of the index just built, and keeps it for the queries (deleting
    /// the one kept before).</summary>
    [IterationCleanup]
    public void KeepFolder()
    {
        if (_lastMethod is not null)
        {
            if (PeakMemory.PeakBytes() is { } peak)
            {
                BenchmarkMetrics.Record(this, BenchmarkMetrics.PeakBytes + _lastMethod, peak);
            }

            BenchmarkMetrics.Record(this, BenchmarkMetrics.IndexBytes + _lastMethod, IndexFolders.Size(_folder));
        }

        if (_kept is not null)
        {
            IndexFolders.Delete(_kept);
        }

        _kept = _folder;
    }

    /// <summary>Times the queries on the last index built, records their percentiles, and deletes it.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        try
        {
            if (_kept is not null && _lastMethod is not null)
            {
                MeasureQueries(_kept, _lastMethod);
            }
        }
        finally
        {
            if (_kept is not null)
            {
                IndexFolders.Delete(_kept);
            }
        }
    }

    private void MeasureQueries(string folder, string method)
    {
        // Warm-up: at least 3 rounds and 2 seconds; then 20 timed rounds (240 calls) in quick mode, 50 (600) in full.
        var (warmup, rounds) = BenchmarkSettings.Current.Mode switch
        {
            BenchmarkMode.Smoke => (0, 1),
            BenchmarkMode.Quick => (3, 20),
            _ => (3, 50),
        };
        var warmupTime = TimeSpan.FromSeconds(2);

        if (method == nameof(GovSearch))
        {
            using var index = GovSearchIndex.Open(folder, new GovSearchIndexOptions { ReadOnly = true });
            BenchmarkMetrics.Record(this, BenchmarkMetrics.IndexedPassages, index.GetStatistics().Passages);
            Record(method, BenchmarkMetrics.QueryP50, BenchmarkMetrics.QueryP99, QueryLatency.Measure(
                QueryCases.All, q => index.SearchAsync(q.Text, Default).GetAwaiter().GetResult(), warmup, warmupTime, rounds));
            Record(method, BenchmarkMetrics.LeanQueryP50, BenchmarkMetrics.LeanQueryP99, QueryLatency.Measure(
                QueryCases.All, q => index.SearchAsync(q.Text, Lean).GetAwaiter().GetResult(), warmup, warmupTime, rounds));
            return;
        }

        using var directory = FSDirectory.Open(new DirectoryInfo(folder));
        using var reader = DirectoryReader.Open(directory);
        using var analyzer = PlainLucene.ChineseAnalyzer();
        var searcher = PlainLucene.Searcher(reader);
        Record(method, BenchmarkMetrics.QueryP50, BenchmarkMetrics.QueryP99, QueryLatency.Measure(
            QueryCases.All, q => PlainLucene.Top10(searcher, analyzer, q), warmup, warmupTime, rounds));
    }

    private void Record(string method, string p50Name, string p99Name, (long P50, long P99) latency)
    {
        BenchmarkMetrics.Record(this, p50Name + method, latency.P50);
        BenchmarkMetrics.Record(this, p99Name + method, latency.P99);
    }

    private async Task BuildLucene(string folder, int maxDocuments)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(folder));
        using var analyzer = PlainLucene.ChineseAnalyzer();
        using var writer = new IndexWriter(directory, PlainLucene.WriterConfig(analyzer));
        var loader = new DocumentLoader();
        await Parallel.ForEachAsync(
            loader.LoadAsync(_corpus!.Path).Take(maxDocuments),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            (document, _) =>
            {
                writer.AddDocument(PlainLucene.ToDocument(document, filterFields: true));
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);
        writer.Commit();
        ThrowOnProblems(loader);
    }

    private async Task BuildGovSearch(string folder, int maxDocuments)
    {
        var loader = new DocumentLoader();
        using var index = GovSearchIndex.Create(folder, new GovSearchIndexOptions());
        await index.AddRangeAsync(loader.LoadAsync(_corpus!.Path).Take(maxDocuments)).ConfigureAwait(false);
        await index.CommitAsync().ConfigureAwait(false);
        ThrowOnProblems(loader);
    }

    /// <summary>A synthetic record the loader skips would make the two sides index different corpora.</summary>
    private static void ThrowOnProblems(DocumentLoader loader)
    {
        if (loader.Problems.Count > 0)
        {
            throw new InvalidOperationException($"The loader skipped {loader.Problems.Count} synthetic records, the first: {loader.Problems[0]}");
        }
    }
}
