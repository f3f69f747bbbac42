using GovSearch;
using BenchmarkDotNet.Attributes;
using GovSearch.Benchmarks.Configuration;
using GovSearch.Benchmarks.Infrastructure;
using GovSearch.Indexing;
using GovSearch.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GovSearch.Benchmarks;

/// <summary>
/// How long one query takes on a prebuilt index of the corpus: GovSearch's SearchAsync (top 10, with facets and
/// snippets as by default, and without them) against plain Lucene.Net BM25 top 10 over SmartCn tokens, as a
/// tuned application writes it (the baseline: nothing stored, ids from doc values) and as a naive one does (text
/// stored, stored ids read).
/// </summary>
/// <remarks>
/// Both indexes are built once per corpus and kept in the cache folder. Each operation parses and analyzes the
/// query again, as a server would. The Hits column shows how many documents each side matched: GovSearch ORs a
/// query's words over title and text with a proximity bonus; the baseline ORs every token on the text field.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(LatencyConfig))]
public class QueryBenchmarks
{
    private static readonly SearchOptions Default = new() { Limit = 10 };
    private static readonly SearchOptions Lean = new() { Limit = 10, IncludeFacets = false, PassagesPerHit = 0 };
    private static readonly SearchOptions Hybrid = new() { Limit = 10, Mode = SearchMode.Hybrid };
    private static readonly SearchOptions CrossLingualAuto = new() { Limit = 10, CrossLingual = CrossLingualMode.Auto };
    private static readonly SearchOptions CrossLingualOnly = new() { Limit = 10, CrossLingual = CrossLingualMode.Only };

    private GovSearchIndex? _index;
    private FSDirectory? _directory;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private Analyzer? _analyzer;
    private FSDirectory? _tunedDirectory;
    private DirectoryReader? _tunedReader;
    private IndexSearcher? _tunedSearcher;

    /// <summary>The queries.</summary>
    public static IEnumerable<QueryCase> Queries => QueryCases.All;

    /// <summary>The query of this case.</summary>
    [ParamsSource(nameof(Queries))]
    public QueryCase Query { get; set; } = QueryCases.First;

    /// <summary>Opens both prebuilt indexes (building them if the cache lacks them) and records the hit counts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var paths = PrebuiltIndexes.Ensure(BenchmarkSettings.Current, Console.Out);
        _index = GovSearchIndex.Open(paths.GovSearch, new GovSearchIndexOptions { ReadOnly = true });
        _directory = FSDirectory.Open(new DirectoryInfo(paths.Lucene));
        _reader = DirectoryReader.Open(_directory);
        _searcher = PlainLucene.Searcher(_reader);
        _analyzer = PlainLucene.ChineseAnalyzer();
        _tunedDirectory = FSDirectory.Open(new DirectoryInfo(paths.LuceneTuned));
        _tunedReader = DirectoryReader.Open(_tunedDirectory);
        _tunedSearcher = PlainLucene.Searcher(_tunedReader);

        // The size on disk of each index of the same text (the Lucene files; a GovSearch topic model is not counted).
        BenchmarkMetrics.Record(this, BenchmarkMetrics.IndexBytes + nameof(LuceneTuned), IndexFolders.LuceneFilesSize(paths.LuceneTuned));
        BenchmarkMetrics.Record(this, BenchmarkMetrics.IndexBytes + nameof(Lucene), IndexFolders.LuceneFilesSize(paths.Lucene));
        foreach (var method in new[] { nameof(GovSearchDefault), nameof(GovSearchLean), nameof(GovSearchHybrid) })
        {
            BenchmarkMetrics.Record(this, BenchmarkMetrics.IndexBytes + method, IndexFolders.LuceneFilesSize(paths.GovSearch));
        }

        BenchmarkMetrics.Record(this, BenchmarkMetrics.TotalHits + nameof(LuceneTuned), TunedLucene.Top10(_tunedSearcher, _analyzer, Query).TotalHits);

        BenchmarkMetrics.Record(this, BenchmarkMetrics.TotalHits + nameof(Lucene), PlainLucene.Top10(_searcher, _analyzer, Query).TotalHits);
        BenchmarkMetrics.Record(this, BenchmarkMetrics.TotalHits + nameof(GovSearchDefault), GovSearchDefault().GetAwaiter().GetResult().TotalHits);
        BenchmarkMetrics.Record(this, BenchmarkMetrics.TotalHits + nameof(GovSearchLean), GovSearchLean().GetAwaiter().GetResult().TotalHits);
        BenchmarkMetrics.Record(this, BenchmarkMetrics.TotalHits + nameof(GovSearchHybrid), GovSearchHybrid().GetAwaiter().GetResult().TotalHits);
        BenchmarkMetrics.Record(this, BenchmarkMetrics.TotalHits + nameof(GovSearchCrossLingualAuto), GovSearchCrossLingualAuto().GetAwaiter().GetResult().TotalHits);
        BenchmarkMetrics.Record(this, BenchmarkMetrics.TotalHits + nameof(GovSearchCrossLingualOnly), GovSearchCrossLingualOnly().GetAwaiter().GetResult().TotalHits);
    }

    /// <summary>Tuned plain Lucene.Net: the query of <see cref="Lucene"/> on an index that stores nothing, ids read
    /// from doc values.</summary>
    [Benchmark(Baseline = true)]
    public int LuceneTuned() => TunedLucene.Top10(_tunedSearcher!, _analyzer!, Query).Ids.Length;

    /// <summary>Plain Lucene.Net: SmartCn tokens as SHOULD TermQuery clauses (or a PhraseQuery), filters as a
    /// QueryWrapperFilter, BM25 top 10, stored ids read (the text is stored too).</summary>
    [Benchmark]
    public int Lucene() => PlainLucene.Top10(_searcher!, _analyzer!, Query).Ids.Length;

    /// <summary>GovSearch with default options: top 10 with facets and up to 3 snippets per hit.</summary>
    [Benchmark]
    public Task<SearchResults> GovSearchDefault() => _index!.SearchAsync(Query.Text, Default);

    /// <summary>GovSearch without facets or snippets: top 10 only.</summary>
    [Benchmark]
    public Task<SearchResults> GovSearchLean() => _index!.SearchAsync(Query.Text, Lean);

    /// <summary>GovSearch hybrid: default options, the top 100 BM25 candidates re-ranked by topic similarity.</summary>
    [Benchmark]
    public Task<SearchResults> GovSearchHybrid() => _index!.SearchAsync(Query.Text, Hybrid);

    /// <summary>GovSearch cross-lingual Auto: default options, the query OR its translation, each side calibrated by
    /// its top score (each side scored once, the blend replayed); compare its P50 with <see cref="GovSearchDefault"/>'s, the same query
    /// without translation, in the same run.</summary>
    [Benchmark]
    public Task<SearchResults> GovSearchCrossLingualAuto() => _index!.SearchAsync(Query.Text, CrossLingualAuto);

    /// <summary>GovSearch cross-lingual Only: default options, the translation alone.</summary>
    [Benchmark]
    public Task<SearchResults> GovSearchCrossLingualOnly() => _index!.SearchAsync(Query.Text, CrossLingualOnly);

    /// <summary>Closes everything.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _index?.Dispose();
        _reader?.Dispose();
        _directory?.Dispose();
        _tunedReader?.Dispose();
        _tunedDirectory?.Dispose();
        _analyzer?.Dispose();
    }
}
