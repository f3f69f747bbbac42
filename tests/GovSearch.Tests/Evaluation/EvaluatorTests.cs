using GovSearch.Documents;
using GovSearch.Evaluation;
using GovSearch.Indexing;

namespace GovSearch.Tests.Evaluation;

/// <summary>The evaluator on a small case computed by hand: per query, per kind, overall, skipped and unjudged.</summary>
public sealed class EvaluatorTests
{
    private const int Precision = 6;

    private static readonly QrelsFile Qrels = QrelsFile.Parse(
    [
        "q1 0 a 2",
        "q1 0 b 1",
        "q1 0 z 0",
        "q2 0 c 2",
        "q3 0 n 0",
    ], "test.qrels");

    private static readonly IReadOnlyList<EvaluationQuery> Queries =
    [
        new("q1", "first") { Kind = "zh" },
        new("q2", "second") { Kind = "en" },
        new("q3", "only judged not relevant") { Kind = "en" },
        new("q4", "not judged at all"),
    ];

    private static Task<IReadOnlyList<string>> Rank(EvaluationQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(query.Id switch
        {
            // b (grade 1) first, then an unjudged x, then a (grade 2); z is judged 0.
            "q1" => ["b", "x", "a", "z"],

            // c is ranked 11th: outside nDCG@10 and MRR@10, inside Recall@100.
            "q2" => [.. Enumerable.Range(1, 10).Select(i => $"u{i}"), "c"],
            _ => ["n"],
        });

    [Fact]
    public async Task EvaluateRankingAsync_ScoresEachQueryAsComputedByHand()
    {
        var report = await Evaluator.EvaluateRankingAsync(Rank, Queries, Qrels);

        var q1 = report.Queries[0];

        // DCG = 1/log2(2) + 0 + 3/log2(4) = 2.5; ideal = 3 + 1/log2(3) = 3.630930; nDCG = 0.688529.
        Assert.Equal(0.688529, q1.Ndcg, Precision);
        Assert.Equal(1.0, q1.ReciprocalRank, Precision);
        Assert.Equal(1.0, q1.Recall, Precision);
        Assert.Equal((2, 3, 1), (q1.RelevantCount, q1.JudgedInTop10, q1.UnjudgedInTop10));

        var q2 = report.Queries[1];
        Assert.Equal((0.0, 0.0, 1.0), (q2.Ndcg, q2.ReciprocalRank, q2.Recall));
        Assert.Equal((0, 10), (q2.JudgedInTop10, q2.UnjudgedInTop10));
    }

    [Fact]
    public async Task EvaluateRankingAsync_SkipsQueriesWithoutRelevantJudgmentAndAveragesTheRest()
    {
        var report = await Evaluator.EvaluateRankingAsync(Rank, Queries, Qrels);

        Assert.Equal(["q3", "q4"], report.SkippedQueries.Select(q => q.Id));
        Assert.Equal(["q1", "q2"], report.Queries.Select(q => q.Query.Id));
        Assert.Equal((null, 2, 0.5, 1.0, 11), (report.Overall.Kind, report.Overall.QueryCount, report.Overall.ReciprocalRank, report.Overall.Recall, report.Overall.UnjudgedInTop10));
        Assert.Equal(0.344264, report.Overall.Ndcg, Precision);
        Assert.Equal(["en", "zh"], report.ByKind.Select(k => k.Kind));
        Assert.Equal((1, 0.0, 0.0), (report.ByKind[0].QueryCount, report.ByKind[0].Ndcg, report.ByKind[0].ReciprocalRank));
        Assert.Equal(0.688529, report.ByKind[1].Ndcg, Precision);
    }

    [Fact]
    public async Task EvaluateRankingAsync_CutsRankingsAtRecallDepth()
    {
        var qrels = QrelsFile.Parse(["q 0 d101 1"], "t");
        var ranked = Enumerable.Range(1, 150).Select(i => $"d{i}").ToList();

        var report = await Evaluator.EvaluateRankingAsync((_, _) => Task.FromResult<IReadOnlyList<string>>(ranked), [new EvaluationQuery("q", "x")], qrels);

        Assert.Equal(Evaluator.RecallDepth, report.Queries[0].Ranked.Count);
        Assert.Equal(0.0, report.Queries[0].Recall);
    }

    [Fact]
    public async Task EvaluateRankingAsync_RefusesRepeatedQueryId()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Evaluator.EvaluateRankingAsync(Rank, [new EvaluationQuery("q1", "a"), new EvaluationQuery("q1", "b")], Qrels));

        Assert.StartsWith("The query id 'q1' appears twice; each query needs its own id.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_SearchesTheIndexAndFindsJudgedDocument()
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddAsync(new GovDocument("law-1") { Title = "数据安全法", Text = "为了规范数据处理活动，保障数据安全。" });
        await index.AddAsync(new GovDocument("speech-1") { Title = "State of the Union", Text = "We must modernize governance." });
        await index.CommitAsync();

        var report = await Evaluator.EvaluateAsync(index, [new EvaluationQuery("q", "数据安全")], QrelsFile.Parse(["q 0 law-1 2"], "t"));

        Assert.Equal(1.0, report.Overall.Ndcg, Precision);
        Assert.Equal("law-1", report.Queries[0].Ranked[0]);
    }
}
