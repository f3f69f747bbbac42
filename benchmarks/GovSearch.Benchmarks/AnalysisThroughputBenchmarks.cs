using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GovSearch.Analysis;
using GovSearch.Analysis.Segmentation;
using GovSearch.Benchmarks.Configuration;
using GovSearch.Benchmarks.Infrastructure;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;
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
/// <para>The <c>segmenter</c> category compares the Chinese segmenters alone, SmartCn's <c>HHMMSegmenter</c>
/// (baseline) against GovSearch's <see cref="HanSegmenter"/>, on the Han runs GovTokenizer hands them, with a cold
/// cache: every operation segments a new batch of runs (<see cref="HanRunBatches"/>: the runs of the whole corpus
/// dealt into batches the size of the sample), so no text repeats until the corpus is used up. The sample size is
/// the batch size, so <c>MB/s</c> holds for these rows too; they do not depend on <see cref="Input"/>.</para>
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class AnalysisThroughputBenchmarks
{
    private const string AnalyzerCategory = "analyzer";
    private const string SegmenterCategory = "segmenter";

    private string _text = string.Empty;
    private GovAnalyzer? _govAnalyzer;
    private Analyzer? _baseline;
    private HanRunBatches? _batches;
    private HHMMSegmenter? _smartCnSegmenter;
    private HanSegmenter? _fastSegmenter;

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

    /// <summary>Draws the batches of Han runs and builds both segmenters, their dictionaries loaded.</summary>
    [GlobalSetup(Targets = [nameof(SmartCnSegmenter), nameof(FastSegmenter)])]
    public void SetupSegmenters()
    {
        var corpus = BenchmarkCorpus.Current;
        var sampleBytes = Encoding.UTF8.GetByteCount(TextSamples.For(corpus, Input));
        _batches = HanRunBatches.From(corpus, sampleBytes);
        _smartCnSegmenter = new HHMMSegmenter();
        _smartCnSegmenter.Process("中华人民共和国");
        _fastSegmenter = new HanSegmenter();
        _fastSegmenter.Segment("中华人民共和国");
    }

    /// <summary>SmartCn's HHMMSegmenter on the next batch of Han runs; returns the number of words.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(SegmenterCategory)]
    public int SmartCnSegmenter()
    {
        var words = 0;
        foreach (var run in _batches!.Next())
        {
            words += _smartCnSegmenter!.Process(run).Count - 2;
        }

        return words;
    }

    /// <summary>GovSearch's segmenter (SmartCn's words, reimplemented) on the next batch of Han runs.</summary>
    [Benchmark]
    [BenchmarkCategory(SegmenterCategory)]
    public int FastSegmenter()
    {
        var words = 0;
        foreach (var run in _batches!.Next())
        {
            words += _fastSegmenter!.Segment(run).Length / 2;
        }

        return words;
    }

    /// <summary>SmartChineseAnalyzer (zh, mixed) or EnglishAnalyzer (en).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(AnalyzerCategory)]
    public int Lucene() => PlainLucene.CountTokens(_baseline!, PlainLucene.Text, _text);

    /// <summary>GovSearch's index-time analyzer, its segmentation cache warm from earlier operations.</summary>
    [Benchmark]
    [BenchmarkCategory(AnalyzerCategory)]
    public int GovAnalyzer() => PlainLucene.CountTokens(_govAnalyzer!, PlainLucene.Text, _text);

    /// <summary>GovSearch's index-time analyzer, new for each operation: its segmentation cache starts empty.</summary>
    [Benchmark]
    [BenchmarkCategory(AnalyzerCategory)]
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
