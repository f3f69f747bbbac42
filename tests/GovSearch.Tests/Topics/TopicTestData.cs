using GovSearch.Analysis;
using GovSearch.Documents;
using GovSearch.Tests.Support;
using GovSearch.Topics;

namespace GovSearch.Tests.Topics;

/// <summary>
/// Real data for topic tests, loaded and tokenized once per test run: the bundled seed documents, a 60-document
/// sample of dev.jsonl (40 Chinese, 20 English, the first by id), and the whole of dev.jsonl.
/// </summary>
internal static class TopicTestData
{
    /// <summary>Small, fast training settings for tests.</summary>
    public static TopicModelOptions FastOptions { get; } = new() { NumberOfTopics = 6, Iterations = 30 };

    private static readonly Lazy<TopicTokenizer> LazyTokenizer = new(() => new TopicTokenizer(AnalysisOptions.Default));

    private static readonly Lazy<IReadOnlyList<GovDocument>> LazyDev = new(() => Task.Run(() => CorpusReader.LoadAsync("dev.jsonl")).GetAwaiter().GetResult());

    private static readonly Lazy<IReadOnlyList<(string Id, IReadOnlyList<string> Tokens)>> LazyDevUnits = new(() => Tokenize(Dev));

    private static readonly Lazy<IReadOnlyList<(string Id, IReadOnlyList<string> Tokens)>> LazySampleUnits = new(() =>
    {
        var seeds = Task.Run(async () =>
        {
            var documents = new List<GovDocument>();
            await foreach (var document in new DocumentLoader(new DocumentLoadOptions { ErrorMode = LoadErrorMode.Fail }).LoadAsync(TestCorpus.Seeds))
            {
                documents.Add(document);
            }

            return documents;
        }).GetAwaiter().GetResult();

        var byId = Dev.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var chinese = byId.Where(d => d.Language is "zh" or "zh-Hant").Take(40);
        var english = byId.Where(d => d.Language == "en").Take(20);
        var tokens = DevUnits.ToDictionary(u => u.Id, u => u.Tokens, StringComparer.Ordinal);
        return [.. Tokenize(seeds), .. chinese.Concat(english).Select(d => (d.Id, tokens[d.Id]))];
    });

    /// <summary>The tokenizer with the default analysis settings.</summary>
    public static TopicTokenizer Tokenizer => LazyTokenizer.Value;

    /// <summary>All of dev.jsonl.</summary>
    public static IReadOnlyList<GovDocument> Dev => LazyDev.Value;

    /// <summary>All of dev.jsonl, tokenized, in file order.</summary>
    public static IReadOnlyList<(string Id, IReadOnlyList<string> Tokens)> DevUnits => LazyDevUnits.Value;

    /// <summary>The seed documents and 60 documents of dev.jsonl, tokenized.</summary>
    public static IReadOnlyList<(string Id, IReadOnlyList<string> Tokens)> SampleUnits => LazySampleUnits.Value;

    private static IReadOnlyList<(string Id, IReadOnlyList<string> Tokens)> Tokenize(IEnumerable<GovDocument> documents) =>
        documents.Select(d => (d.Id, Tokenizer.Tokenize(d))).ToArray();
}
