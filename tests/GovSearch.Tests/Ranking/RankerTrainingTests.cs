using System.IO.Compression;
using GovSearch.Evaluation;
using GovSearch.Ranking;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Ranking;

/// <summary>
/// Training the learned ranker on a tiny judged set: the model loads, re-ranks only the top candidates, and is the
/// same model every time; ranker files that are not ranker files are refused with the file's name.
/// </summary>
public sealed class RankerTrainingTests : IAsyncLifetime
{
    private static readonly string[] Words = ["budget", "court", "tax", "school", "river", "health", "police", "farm"];

    private static readonly RankerTrainingOptions Tiny = new()
    {
        CandidateDepth = 10, NumberOfTrees = 5, NumberOfLeaves = 4, MinimumExampleCountPerLeaf = 2, Folds = 2,
    };

    private static readonly SearchOptions Search = new() { LearnedRanking = true, LearnedRankerDepth = 10, Limit = 20, PassagesPerHit = 0, IncludeFacets = false };

    private readonly TempFolder _folder = new();
    private GovSearchIndex _index = null!;
    private List<EvaluationQuery> _queries = null!;
    private QrelsFile _qrels = null!;

    public async Task InitializeAsync()
    {
        // 40 documents of seeded word salad; a document is relevant (2) to a two-word query when its title has both
        // words, and somewhat (1) when its text has both: a rule the lexical order only partly follows.
        var random = new Random(7);
        var documents = Enumerable.Range(0, 40).Select(i =>
        {
            var title = string.Join(' ', Enumerable.Range(0, 2).Select(_ => Words[random.Next(Words.Length)]));
            var text = string.Join(' ', Enumerable.Range(0, 12 + random.Next(30)).Select(_ => Words[random.Next(Words.Length)]));
            return Docs.Make($"d{i:00}", title, text, $"{1990 + i}", i % 3 == 0 ? "law" : "report", language: "en");
        }).ToList();
        _index = GovSearchIndex.CreateInMemory();
        await _index.AddRangeAsync(documents);
        await _index.CommitAsync();

        var pairs = new[] { ("budget", "court"), ("tax", "school"), ("river", "health"), ("police", "farm"), ("budget", "tax"), ("court", "river") };
        _queries = [.. pairs.Select((p, i) => new EvaluationQuery($"q{i + 1}", $"{p.Item1} {p.Item2}") { Kind = i % 2 == 0 ? "even" : "odd" }), new EvaluationQuery("q-none", "weather")];
        var lines = new List<string> { "q-none 0 d00 0" };
        foreach (var (query, (first, second)) in _queries.Zip(pairs))
        {
            foreach (var document in documents)
            {
                var grade = Has(document.Title, first, second) ? 2 : Has(document.Text, first, second) ? 1 : 0;
                lines.Add($"{query.Id} 0 {document.Id} {grade}");
            }
        }

        _qrels = QrelsFile.Parse(lines, "tiny");
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Train_ReportsQueryLevelCrossValidation()
    {
        var result = await _index.TrainRankerAsync(_queries, _qrels, Tiny);

        var report = result.CrossValidation;
        Assert.Equal(2, report.Folds);
        Assert.Equal(6, report.Overall.Queries);
        Assert.Equal(["fold 1", "fold 2"], report.FoldResults.Select(f => f.Name));
        Assert.Equal(6, report.FoldResults.Sum(f => f.Queries));
        Assert.Equal(["even", "odd"], report.Kinds.Select(k => k.Name));
        Assert.Equal(["q-none"], report.SkippedQueries);
        Assert.Equal(60, report.Examples);
        Assert.All([report.Overall, .. report.Kinds, .. report.FoldResults], r => Assert.InRange(r.LearnedNdcg, 0, 1));
        Assert.Equal(RankingFeatures.Names, result.Ranker.FeatureNames);
        Assert.Contains("6 queries", result.Ranker.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_TwiceGivesTheSameModelAndReport()
    {
        var first = await _index.TrainRankerAsync(_queries, _qrels, Tiny);
        var second = await _index.TrainRankerAsync(_queries, _qrels, Tiny);

        Assert.Equal(first.CrossValidation.Overall, second.CrossValidation.Overall);
        Assert.Equal(first.CrossValidation.FoldResults, second.CrossValidation.FoldResults);
        foreach (var query in _queries)
        {
            Assert.Equal(await RankedAsync(query.Text, first.Ranker), await RankedAsync(query.Text, second.Ranker));
        }
    }

    [Fact]
    public async Task Search_WithATrainedModel_ReordersOnlyTheTopCandidates()
    {
        var model = (await _index.TrainRankerAsync(_queries, _qrels, Tiny)).Ranker;

        foreach (var query in _queries.Take(6))
        {
            var lexical = (await _index.SearchAsync(query.Text, Search with { LearnedRanking = false })).Hits.Select(h => h.Id).ToList();
            var learned = await RankedAsync(query.Text, model);

            Assert.Equal(lexical.Take(10).Order(StringComparer.Ordinal), learned.Take(10).Select(h => h.Id).Order(StringComparer.Ordinal));
            Assert.Equal(lexical.Skip(10), learned.Skip(10).Select(h => h.Id));
            var top = learned.Take(10).Select(h => h.Score).ToList();
            Assert.Equal(top.OrderDescending(), top);
        }
    }

    [Fact]
    public async Task SaveAndLoad_GiveAModelThatRanksTheSame()
    {
        var model = (await _index.TrainRankerAsync(_queries, _qrels, Tiny)).Ranker;
        var path = _folder.File("model.zip");

        model.Save(path);
        var loaded = LearnedRanker.Load(path);

        Assert.Equal(model.Description, loaded.Description);
        foreach (var query in _queries)
        {
            Assert.Equal(await RankedAsync(query.Text, model), await RankedAsync(query.Text, loaded));
        }
    }

    [Fact]
    public async Task Train_WithFewerQueriesThanFolds_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _index.TrainRankerAsync(_queries.Take(2), _qrels, Tiny with { Folds = 3 }));

        Assert.StartsWith("Training a ranker needs at least as many queries with a relevant document as RankerTrainingOptions.Folds (3); the judgments have 2.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OfAFileThatIsNotARanker_NamesTheFile()
    {
        var text = _folder.File("notes.zip");
        File.WriteAllText(text, "not a zip");
        var other = _folder.File("other.zip");
        using (var zip = ZipFile.Open(other, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("ranker.json").Open()))
            {
                writer.Write("""{"format":1,"features":["bm25"],"description":"old"}""");
            }

            zip.CreateEntry("model.zip");
        }

        var notZip = Assert.Throws<RankerModelException>(() => LearnedRanker.Load(text));
        var otherFeatures = Assert.Throws<RankerModelException>(() => LearnedRanker.Load(other));
        Assert.Throws<FileNotFoundException>(() => LearnedRanker.Load(_folder.File("missing.zip")));

        Assert.StartsWith($"{text} is not a readable ranker file", notZip.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{other} was trained on other features than this version computes", otherFeatures.Message, StringComparison.Ordinal);
        Assert.EndsWith("train one with 'govsearch train-ranker --queries Q --qrels R --out FILE'.", otherFeatures.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shipped_LoadsAndReranksTheTopCandidates()
    {
        var shipped = LearnedRanker.Shipped;

        Assert.Equal(RankingFeatures.Names, shipped.FeatureNames);
        Assert.StartsWith("LambdaMART (ML.NET FastTree)", shipped.Description, StringComparison.Ordinal);
        var lexical = (await _index.SearchAsync("budget court", Search with { LearnedRanking = false })).Hits.Select(h => h.Id);
        var learned = (await _index.SearchAsync("budget court", Search)).Hits.Select(h => h.Id);
        Assert.Equal(lexical.Take(10).Order(StringComparer.Ordinal), learned.Take(10).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Options_DefaultsAndRanges()
    {
        var options = RankerTrainingOptions.Default;

        Assert.Equal((100, 100, 8, 50, 0.1, 5, 20261207), (options.CandidateDepth, options.NumberOfTrees, options.NumberOfLeaves, options.MinimumExampleCountPerLeaf, options.LearningRate, options.Folds, options.Seed));
        Assert.Same(SearchOptions.Default, options.SearchOptions);
        Assert.False(SearchOptions.Default.LearnedRanking);
        Assert.Equal(100, SearchOptions.Default.LearnedRankerDepth);
        Assert.Null(SearchOptions.Default.Ranker);
        Assert.Equal("RankerTrainingOptions.NumberOfLeaves is 1; it must be between 2 and 128. (Parameter 'NumberOfLeaves')",
            Assert.Throws<ArgumentException>(() => (options with { NumberOfLeaves = 1 }).Validate()).Message);
        Assert.Equal("SearchOptions.LearnedRankerDepth is 5; it must be between 10 and 1,000. (Parameter 'LearnedRankerDepth')",
            Assert.Throws<ArgumentException>(() => new SearchOptions { LearnedRankerDepth = 5 }.Validate()).Message);
    }

    private async Task<List<(string Id, float Score)>> RankedAsync(string query, LearnedRanker model) =>
        (await _index.SearchAsync(query, Search with { Ranker = model })).Hits.Select(h => (h.Id, h.Score)).ToList();

    private static bool Has(string text, string first, string second) =>
        text.Split(' ').Contains(first) && text.Split(' ').Contains(second);
}
