using System.Text;
using BenchmarkDotNet.Attributes;
using GovSearch.Analysis;
using GovSearch.Benchmarks.Configuration;
using GovSearch.Benchmarks.Infrastructure;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;

namespace GovSearch.Benchmarks;

/// <summary>
/// How fast text becomes index terms: GovSearch's analyzer (index mode) against SmartCn (zh, mixed) or Lucene's
/// EnglishAnalyzer (en), each consuming the whole token stream of a ~64 KB sample from the corpus.
/// </summary>
/// <remarks>
/// GovSearch's tokenizer keeps a cache of SmartCn segmentations of short Han runs (up to 24 characters). Analyzing
/// the same sample again and again fills that cache with exactly the runs the sample holds, so
/// <see cref="GovAnalyzer"/> is an upper bound. <see cref="GovAnalyzerCold"/> builds a new analyzer, and with it an
/// empty cache, for every operation: the cache only helps where a run repeats within the 64 KB, a lower bound. Real
/// indexing lies between the two; <see cref="IndexingBenchmarks"/> measures it on the whole corpus.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class AnalysisThroughputBenchmarks
{
    private string _text = string.Empty;
    private GovAnalyzer? _govAnalyzer;
    private Analyzer? _baseline;

    /// <summary>The sample: zh, en or mixed.</summary>
    [Params("zh", "en", "mixed")]
    public string Input { get; set; } = "zh";

    /// <summary>Draws the sample and builds both analyzers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = TextSamples.For(BenchmarkCorpus.Current, Input);
        _govAnalyzer = new GovAnalyzer(AnalysisOptions.Default, AnalysisMode.Index);
        _baseline = Input == "en" ? new EnglishAnalyzer(PlainLucene.Version) : PlainLucene.ChineseAnalyzer();
        BenchmarkMetrics.Record(this, BenchmarkMetrics.InputBytes, Encoding.UTF8.GetByteCount(_text));
    }

    /// <summary>SmartChineseAnalyzer (zh, mixed) or EnglishAnalyzer (en).</summary>
    [Benchmark(Baseline = true)]
    public int Lucene() => PlainLucene.CountTokens(_baseline!, PlainLucene.Text, _text);

    /// <summary>GovSearch's index-time analyzer, its segmentation cache warm from earlier operations.</summary>
    [Benchmark]
    public int GovAnalyzer() => PlainLucene.CountTokens(_govAnalyzer!, PlainLucene.Text, _text);

    /// <summary>GovSearch's index-time analyzer, new for each operation: its segmentation cache starts empty.</summary>
    [Benchmark]
    public int GovAnalyzerCold()
    {
        using var analyzer = new GovAnalyzer(AnalysisOptions.Default, AnalysisMode.Index);
        return PlainLucene.CountTokens(analyzer, PlainLucene.Text, _text);
    }

    /// <summary>Releases the analyzers.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _govAnalyzer?.Dispose();
        _baseline?.Dispose();
    }
}
