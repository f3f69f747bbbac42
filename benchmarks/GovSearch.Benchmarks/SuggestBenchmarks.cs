using BenchmarkDotNet.Attributes;
using GovSearch.Benchmarks.Configuration;
using GovSearch.Benchmarks.Infrastructure;
using GovSearch.Indexing;
using GovSearch.Suggestions;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using GovIndexOptions = GovSearch.GovSearchIndexOptions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovSearch.Benchmarks;

/// <summary>
/// How long one suggestion call takes on the corpus's index: GovSearch's SuggestAsync (top 10 from titles, title parts,
/// headings, formulations and multi-word terms, folded and ranked) against a plain Lucene.Net PrefixQuery over the
/// titles, top 10, stored titles read.
/// </summary>
/// <remarks>
/// Single calls (<see cref="LatencyConfig"/>), so P50/P95/P99 are of calls. The candidates of the commit are gathered
/// once, untimed, in the global setup, as a server's first call after a commit would; the Hits column shows how many
/// suggestions each side returned.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(LatencyConfig))]
public class SuggestBenchmarks
{
    private const string TitleField = "title";
    private static readonly SuggestOptions Top10 = new() { Limit = 10 };

    private GovSearchIndex? _index;
    private LuceneDirectory? _titles;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    /// <summary>The prefix typed: Chinese (one character, two, a longer one), traditional, English.</summary>
    [Params("中", "数据", "国家治理", "數據", "rule of", "Constitu")]
    public string Prefix { get; set; } = "数据";

    /// <summary>Opens (building if needed) the GovSearch index, gathers its candidates, and indexes the titles in memory for the baseline.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var settings = BenchmarkSettings.Current;
        var corpus = BenchmarkCorpus.Current;
        _index = GovSearchIndex.Open(SuggestIndex.Ensure(settings, corpus), new GovIndexOptions { ReadOnly = true });
        _titles = new RAMDirectory();
        using (var writer = new IndexWriter(_titles, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, analyzer: null)))
        {
            foreach (var document in corpus.Documents)
            {
                writer.AddDocument([new StringField(TitleField, document.Title, Field.Store.YES)]);
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_titles);
        _searcher = new IndexSearcher(_reader);
        BenchmarkMetrics.Record(this, BenchmarkMetrics.TotalHits + nameof(LucenePrefix), LucenePrefix().Length);
        BenchmarkMetrics.Record(this, BenchmarkMetrics.TotalHits + nameof(GovSearchSuggest), GovSearchSuggest().GetAwaiter().GetResult().Count);
    }

    /// <summary>Plain Lucene.Net: a PrefixQuery on the untokenized titles, top 10, stored titles read.</summary>
    [Benchmark(Baseline = true)]
    public string[] LucenePrefix()
    {
        var top = _searcher!.Search(new PrefixQuery(new Term(TitleField, Prefix)), 10);
        return top.ScoreDocs.Select(hit => _searcher.Doc(hit.Doc).Get(TitleField)).ToArray();
    }

    /// <summary>GovSearch: SuggestAsync, top 10.</summary>
    [Benchmark]
    public Task<IReadOnlyList<Suggestion>> GovSearchSuggest() => _index!.SuggestAsync(Prefix, Top10);

    /// <summary>Closes everything.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _index?.Dispose();
        _reader?.Dispose();
        _titles?.Dispose();
    }
}
