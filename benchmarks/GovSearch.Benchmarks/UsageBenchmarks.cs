using BenchmarkDotNet.Attributes;
using GovSearch.Analysis;
using GovSearch.Analytics;
using GovSearch.Benchmarks.Configuration;
using GovSearch.Benchmarks.Infrastructure;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GovSearch.Benchmarks;

/// <summary>
/// How long the usage of one phrase takes on a prebuilt index of the corpus: GovSearch's GetUsageAsync (every
/// occurrence, per year, per million characters, first and last use) against plain Lucene.Net counting the documents
/// that match the phrase as a PhraseQuery on the text field of the same index folder.
/// </summary>
/// <remarks>
/// The baseline's phrase is the phrase's terms as GovSearch's query analyzer gives them, at their positions, so both
/// read the same postings; it counts matching documents only (a TotalHitCountCollector), where GovSearch counts every
/// occurrence, groups them and, for Han phrases, matches character for character whatever the segmentation. The first
/// GovSearch call of a segment builds its character lookup of terms and its text lengths (kept for the segment's
/// life); setup makes that call, so the figures are of a warm index.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(LatencyConfig))]
public class UsageBenchmarks
{
    private GovSearchIndex? _index;
    private FSDirectory? _directory;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private Query? _phraseQuery;

    /// <summary>The phrase: a formulation SmartCn cuts in words, a protected slogan, an English phrase with a stop word.</summary>
    [Params("高质量发展", "依法治国", "rule of law")]
    public string Phrase { get; set; } = "高质量发展";

    /// <summary>Opens the prebuilt GovSearch index twice (GovSearch, and plain Lucene on its folder) and warms both.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var paths = PrebuiltIndexes.Ensure(BenchmarkSettings.Current, Console.Out);
        _index = GovSearchIndex.Open(paths.GovSearch, new GovSearchIndexOptions { ReadOnly = true });
        _directory = FSDirectory.Open(new DirectoryInfo(paths.GovSearch));
        _reader = DirectoryReader.Open(_directory);
        _searcher = PlainLucene.Searcher(_reader);
        _phraseQuery = PhraseOf(Phrase);

        BenchmarkMetrics.Record(this, BenchmarkMetrics.TotalHits + nameof(LucenePhraseCount), LucenePhraseCount());
        BenchmarkMetrics.Record(this, BenchmarkMetrics.TotalHits + nameof(GovSearchUsage), GovSearchUsage().GetAwaiter().GetResult().Phrases[0].Documents);
    }

    /// <summary>Plain Lucene.Net: the documents matching the phrase's terms as a PhraseQuery on the text field.</summary>
    [Benchmark(Baseline = true)]
    public int LucenePhraseCount()
    {
        var count = new TotalHitCountCollector();
        _searcher!.Search(_phraseQuery!, count);
        return count.TotalHits;
    }

    /// <summary>GovSearch: the phrase's usage per year over every document.</summary>
    [Benchmark]
    public Task<UsageReport> GovSearchUsage() => _index!.GetUsageAsync([Phrase]);

    /// <summary>Closes everything.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _index?.Dispose();
        _reader?.Dispose();
        _directory?.Dispose();
    }

    /// <summary>The phrase's query terms at their positions, as GovSearch's query analyzer gives them.</summary>
    private static PhraseQuery PhraseOf(string phrase)
    {
        using var analyzer = new GovAnalyzer(AnalysisOptions.Default, AnalysisMode.Query);
        var query = new PhraseQuery();
        foreach (var (term, position) in AnalyzedTerms.Of(analyzer, PlainLucene.Text, phrase))
        {
            query.Add(new Term(PlainLucene.Text, term), position);
        }

        return query;
    }
}
