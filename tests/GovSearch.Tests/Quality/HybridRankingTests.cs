using GovSearch.Evaluation;
using GovSearch.Querying;
using Xunit.Abstractions;

namespace GovSearch.Tests.Quality;

/// <summary>dev.jsonl with a topic model trained at the default options.</summary>
public sealed class TrainedDevCorpusFixture : IAsyncLifetime
{
    public DevCorpusIndexFixture Corpus { get; } = new();

    public async Task InitializeAsync()
    {
        await Corpus.InitializeAsync();
        await Corpus.Index.TrainTopicsAsync();
    }

    public Task DisposeAsync() => Corpus.DisposeAsync();
}

/// <summary>The default hybrid blend must not rank worse than lexical search on the judged query set.</summary>
public sealed class HybridRankingTests(TrainedDevCorpusFixture trained, ITestOutputHelper output) : IClassFixture<TrainedDevCorpusFixture>
{
    // Measured on 2026-11-27 (20 topics, 200 iterations, seed 42; Or, title boost 1.5):
    //   lexical nDCG@10 0.921, MRR 0.987; hybrid w=0.1: 0.923, 0.987 (0.922 with 100 training sweeps, the default since); w=0.2: 0.918; w=0.3: 0.918; w=0.5: 0.903.
    [Fact]
    public async Task Hybrid_AtDefaultWeightIsAtLeastAsGoodAsLexical()
    {
        var queries = EvaluationQueryFile.Load(JudgedQuerySet.QueriesPath);
        var qrels = QrelsFile.Load(JudgedQuerySet.QrelsPath);
        var index = trained.Corpus.Index;

        var lexical = (await Evaluator.EvaluateAsync(index, queries, qrels, new SearchOptions { Mode = SearchMode.Lexical })).Overall;
        var hybrid = (await Evaluator.EvaluateAsync(index, queries, qrels, new SearchOptions { Mode = SearchMode.Hybrid })).Overall;

        output.WriteLine($"lexical nDCG@10 {lexical.Ndcg:0.000} MRR {lexical.ReciprocalRank:0.000}");
        output.WriteLine($"hybrid  nDCG@10 {hybrid.Ndcg:0.000} MRR {hybrid.ReciprocalRank:0.000}");
        Assert.True(hybrid.Ndcg >= lexical.Ndcg, $"Hybrid nDCG@10 {hybrid.Ndcg:0.000} is below lexical {lexical.Ndcg:0.000}.");
        Assert.True(hybrid.ReciprocalRank >= lexical.ReciprocalRank, $"Hybrid MRR {hybrid.ReciprocalRank:0.000} is below lexical {lexical.ReciprocalRank:0.000}.");
    }

    [Fact]
    public void Topics_HaveTheDefaultCountAndTopWords()
    {
        var topics = trained.Corpus.Index.GetTopics();

        Assert.Equal(20, topics.Count);
        Assert.All(topics, t => Assert.Equal(10, t.TopWords.Count));
    }
}
