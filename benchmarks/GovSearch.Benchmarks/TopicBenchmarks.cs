using BenchmarkDotNet.Attributes;
using GovSearch.Analysis;
using GovSearch.Benchmarks.Configuration;
using GovSearch.Benchmarks.Infrastructure;
using GovSearch.Topics;

namespace GovSearch.Benchmarks;

/// <summary>
/// The topic model: training on the whole corpus (default options: 20 topics, 100 iterations, one training thread,
/// at most 500,000 training tokens, then every document inferred) and inference for every document, against plain
/// ML.NET LDA on the same vocabulary with one row per document, cut to 512 tokens as the native code cuts it (so on
/// a small corpus it learns from less of each long document than GovSearch, and on a large one from more tokens).
/// </summary>
/// <remarks>Tokenization is done once in setup (it is the analysis chain, measured by AnalysisThroughputBenchmarks).
/// The Docs column gives the corpus size, so time per 1,000 documents and documents/s follow from the mean.</remarks>
[MemoryDiagnoser]
[Config(typeof(IndexingConfig))]
public class TopicBenchmarks
{
    private List<(string Id, IReadOnlyList<string> Tokens)> _units = [];
    private List<IReadOnlyList<string>> _tokens = [];
    private TopicModel? _model;
    private IReadOnlyList<(int[] Indices, int[] Counts)> _wholeRows = [];
    private int _vocabularySize;

    /// <summary>Tokenizes the corpus and trains one model for the inference benchmark.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchmarkCorpus.Load(BenchmarkSettings.Current.CorpusPath);
        using var tokenizer = new TopicTokenizer(AnalysisOptions.Default);
        _units = corpus.Documents.Select(d => (d.Id, tokenizer.Tokenize(d))).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        _tokens = _units.Select(u => u.Tokens).ToList();
        var vocabulary = TopicVocabulary.Build(_tokens, TopicModelOptions.Default);
        _vocabularySize = vocabulary.Count;
        // What plain ML.NET learns from: one row per document, no more than its 512-token cap.
        _wholeRows = _tokens.Select(t => vocabulary.CountPieces(t, 512)).Where(p => p.Count > 0).Select(p => p[0]).Where(r => r.Indices.Length > 0).ToList();
        _model = TopicModel.Train(_units, TopicModelOptions.Default);
        BenchmarkMetrics.Record(this, BenchmarkMetrics.InputBytes, corpus.Utf8Bytes);
        Console.WriteLine($"// {_units.Count} documents, {_tokens.Sum(t => t.Count):N0} tokens, vocabulary {_vocabularySize:N0}");
    }

    /// <summary>Plain ML.NET LDA: one row per document, same vocabulary and settings.</summary>
    [Benchmark(Baseline = true)]
    public int PlainMlNetTrain()
    {
        var (model, summary) = LightLdaModel.Train(_wholeRows, _vocabularySize, TopicModelOptions.Default, 10, CancellationToken.None);
        model.Dispose();
        return summary.Count;
    }

    /// <summary>GovSearch: documents learned from whole (split into 512-token pieces) up to the default training budget, vectors for all documents.</summary>
    [Benchmark]
    public int GovSearchTrain()
    {
        using var model = TopicModel.Train(_units, TopicModelOptions.Default);
        return model.Topics.Count;
    }

    /// <summary>GovSearch: topic vectors for every document by inference (as for documents added after training).</summary>
    [Benchmark]
    public int GovSearchInfer() => _model!.InferBatch(_tokens).Count;

    /// <summary>Releases the model.</summary>
    [GlobalCleanup]
    public void Cleanup() => _model?.Dispose();
}
