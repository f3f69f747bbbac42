using GovSearch.Analysis;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Tests.Support;
using GovSearch.Topics;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GovSearch.Tests.Querying;

/// <summary>
/// dev.jsonl (226 documents) indexed once on disk with a small topic model (5 topics, 20 sweeps, seed 42), so
/// fuzzed queries run every search mode; plus a read-only Lucene reader of the same commit and a query compiler,
/// so the parse-and-compile half of the fuzzer runs without executing.
/// </summary>
public sealed class QueryFuzzFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private GovSearchIndex? _index;
    private FSDirectory? _directory;
    private DirectoryReader? _reader;
    private GovAnalyzer? _analyzer;

    /// <summary>The index, writable, with a trained topic model.</summary>
    public GovSearchIndex Index => _index ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>A reader of the committed index, for <see cref="Compiler"/>.</summary>
    internal IndexReader Reader => _reader ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>The compiler the index uses, with the index's query analysis.</summary>
    internal QueryCompiler Compiler { get; private set; } = null!;

    /// <summary>The id of the first document, for explanations.</summary>
    public string FirstId { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var documents = await CorpusReader.LoadAsync("dev.jsonl");
        FirstId = documents[0].Id;
        var path = _folder.File("index");
        _index = GovSearchIndex.Create(path);
        await _index.AddRangeAsync(documents);
        await _index.CommitAsync();
        await _index.TrainTopicsAsync(new TopicModelOptions { NumberOfTopics = 5, Iterations = 20, Threads = 1, Seed = 42 });
        _directory = FSDirectory.Open(path);
        _reader = DirectoryReader.Open(_directory);
        _analyzer = new GovAnalyzer(_index.Analysis, AnalysisMode.Query);
        Compiler = new QueryCompiler(_analyzer);
    }

    public Task DisposeAsync()
    {
        _reader?.Dispose();
        _directory?.Dispose();
        _analyzer?.Dispose();
        _index?.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
