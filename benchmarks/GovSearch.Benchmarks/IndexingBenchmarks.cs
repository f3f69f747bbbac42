using GovSearch;
using BenchmarkDotNet.Attributes;
using GovSearch.Benchmarks.Configuration;
using GovSearch.Benchmarks.Infrastructure;
using GovSearch.Documents;
using GovSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GovSearch.Benchmarks;

/// <summary>
/// How fast a corpus, already in memory, becomes a committed index in a fresh folder on disk: GovSearch on one
/// thread and on every core, against one thread of a plain Lucene.Net IndexWriter with SmartCn and BM25 (the
/// baseline), and the same writer fed from every core (so the all-cores rows can be compared like with like).
/// </summary>
/// <remarks>The corpus is the same for every method, so it is not a parameter; the report's Input MB and MB/s
/// count the UTF-8 bytes of every title and text, Index MB the committed folder, and Peak MB the process's peak
/// resident memory during a build (the corpus it holds in memory included, so a build from disk needs less).</remarks>
[MemoryDiagnoser]
[Config(typeof(IndexingConfig))]
public class IndexingBenchmarks
{
    private IReadOnlyList<GovDocument> _documents = [];
    private string _workFolder = string.Empty;
    private string _folder = string.Empty;
    private string? _lastMethod;

    /// <summary>Loads the corpus and loads SmartCn's dictionaries, so neither is measured.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var settings = BenchmarkSettings.Current;
        var corpus = BenchmarkCorpus.Load(settings.CorpusPath);
        _documents = corpus.Documents;
        _workFolder = settings.WorkFolder;
        using (var analyzer = PlainLucene.ChineseAnalyzer())
        {
            PlainLucene.CountTokens(analyzer, PlainLucene.Text, "预热词典");
        }

        BenchmarkMetrics.Record(this, BenchmarkMetrics.InputBytes, corpus.Utf8Bytes);
        Console.WriteLine($"// Corpus {corpus.Path}: {corpus.Documents.Count} documents, {corpus.Utf8Bytes / 1e6:0.00} MB UTF-8, {corpus.Skipped} skipped");
    }

    /// <summary>A new folder for each build, and the memory peak reset.</summary>
    [IterationSetup]
    public void NewFolder()
    {
        _folder = IndexFolders.NewPath(_workFolder, "indexing");
        PeakMemory.Reset();
    }

    /// <summary>Plain Lucene.Net: one thread, RAMBufferSizeMB 64, SmartChineseAnalyzer, BM25; id, title, text stored.</summary>
    [Benchmark(Baseline = true)]
    public void Lucene()
    {
        _lastMethod = nameof(Lucene);
        using var directory = FSDirectory.Open(new DirectoryInfo(_folder));
        using var analyzer = PlainLucene.ChineseAnalyzer();
        using var writer = new IndexWriter(directory, PlainLucene.WriterConfig(analyzer));
        foreach (var document in _documents)
        {
            writer.AddDocument(PlainLucene.ToDocument(document, filterFields: false));
        }

        writer.Commit();
    }

    /// <summary>Plain Lucene.Net as the baseline, with one thread per core adding documents.</summary>
    [Benchmark]
    public void LuceneAllCores()
    {
        _lastMethod = nameof(LuceneAllCores);
        using var directory = FSDirectory.Open(new DirectoryInfo(_folder));
        using var analyzer = PlainLucene.ChineseAnalyzer();
        using var writer = new IndexWriter(directory, PlainLucene.WriterConfig(analyzer));
        Parallel.ForEach(
            _documents,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            document => writer.AddDocument(PlainLucene.ToDocument(document, filterFields: false)));
        writer.Commit();
    }

    /// <summary>GovSearch with IndexingThreads = 1.</summary>
    [Benchmark]
    public Task GovSearchOneThread()
    {
        _lastMethod = nameof(GovSearchOneThread);
        return IndexWithGovSearch(1);
    }

    /// <summary>GovSearch with IndexingThreads = every core.</summary>
    [Benchmark]
    public Task GovSearchAllCores()
    {
        _lastMethod = nameof(GovSearchAllCores);
        return IndexWithGovSearch(Environment.ProcessorCount);
    }

    /// <summary>Records the peak memory and the size of the index just built, and deletes it.</summary>
    [IterationCleanup]
    public void DeleteFolder()
    {
        if (_lastMethod is not null)
        {
            if (PeakMemory.PeakBytes() is { } peak)
            {
                BenchmarkMetrics.Record(this, BenchmarkMetrics.PeakBytes + _lastMethod, peak);
            }

            BenchmarkMetrics.Record(this, BenchmarkMetrics.IndexBytes + _lastMethod, IndexFolders.Size(_folder));
        }

        IndexFolders.Delete(_folder);
    }

    private async Task IndexWithGovSearch(int threads)
    {
        using var index = GovSearchIndex.Create(_folder, new GovSearchIndexOptions { IndexingThreads = threads, RamBufferSizeMB = 64 });
        await index.AddRangeAsync(_documents).ConfigureAwait(false);
        await index.CommitAsync().ConfigureAwait(false);
    }
}
