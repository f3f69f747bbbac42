namespace GovSearch.Tests.Quality;

/// <summary>nDCG and reciprocal rank on small cases computed by hand.</summary>
public sealed class RankingMetricsTests
{
    private const int Precision = 6;

    private static Dictionary<string, int> Grades(params (string Id, int Grade)[] grades) =>
        grades.ToDictionary(g => g.Id, g => g.Grade, StringComparer.Ordinal);

    [Fact]
    public void Gain_IsTwoToTheGradeMinusOne()
    {
        Assert.Equal([0.0, 1.0, 3.0], new[] { 0, 1, 2 }.Select(RankingMetrics.Gain));
    }

    [Fact]
    public void Dcg_DividesEachGainByLogOfRankPlusOne()
    {
        // 3 / log2(2) + 0 / log2(3) + 1 / log2(4) = 3 + 0 + 0.5
        Assert.Equal(3.5, RankingMetrics.Dcg([2, 0, 1]), Precision);
    }

    [Fact]
    public void Dcg_IgnoresRanksBeyondDepth()
    {
        Assert.Equal(3.0, RankingMetrics.Dcg([2, 2, 2], depth: 1), Precision);
    }

    [Fact]
    public void Ndcg_IsOneForIdealRanking()
    {
        Assert.Equal(1.0, RankingMetrics.Ndcg(["a", "b", "x"], Grades(("a", 2), ("b", 1))), Precision);
    }

    [Fact]
    public void Ndcg_PenalizesSwappedGrades()
    {
        // (1 + 3 / log2 3) / (3 + 1 / log2 3) = 2.892789 / 3.630930
        Assert.Equal(0.796708, RankingMetrics.Ndcg(["b", "a"], Grades(("a", 2), ("b", 1))), Precision);
    }

    [Fact]
    public void Ndcg_TakesIdealFromAllJudgmentsEvenUnretrieved()
    {
        // 3 / (3 + 3 / log2 3 + 3 / 2)
        Assert.Equal(0.469279, RankingMetrics.Ndcg(["a"], Grades(("a", 2), ("b", 2), ("c", 2))), Precision);
    }

    [Fact]
    public void Ndcg_IsOneWhenMoreRelevantDocumentsExistThanDepth()
    {
        var ids = Enumerable.Range(1, 12).Select(i => $"d{i}").ToList();
        var grades = ids.ToDictionary(id => id, _ => 1, StringComparer.Ordinal);

        Assert.Equal(1.0, RankingMetrics.Ndcg(ids, grades), Precision);
    }

    [Fact]
    public void Ndcg_IsZeroWhenRelevantDocumentIsBelowDepth()
    {
        var ranked = Enumerable.Range(1, 10).Select(i => $"x{i}").Append("a").ToList();

        Assert.Equal(0.0, RankingMetrics.Ndcg(ranked, Grades(("a", 2))));
    }

    [Fact]
    public void Ndcg_GivesNothingForRepeatedDocument()
    {
        // 3 / (3 + 3 / log2 3): the second "a" gains nothing.
        Assert.Equal(0.613147, RankingMetrics.Ndcg(["a", "a"], Grades(("a", 2), ("b", 2))), Precision);
    }

    [Fact]
    public void Ndcg_IsZeroForEmptyRankingOrNoJudgments()
    {
        Assert.Equal(0.0, RankingMetrics.Ndcg([], Grades(("a", 2))));
        Assert.Equal(0.0, RankingMetrics.Ndcg(["a"], Grades()));
    }

    [Fact]
    public void ReciprocalRank_IsOneOverRankOfFirstDocumentWithGradeOneOrMore()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.ReciprocalRank(["x", "y", "b", "a"], Grades(("a", 2), ("b", 1))), Precision);
    }

    [Fact]
    public void ReciprocalRank_IsZeroWhenNoRelevantDocumentIsRanked()
    {
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank(["x", "y"], Grades(("a", 2))));
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank([], Grades(("a", 2))));
    }

    [Fact]
    public async Task EvaluateAsync_AveragesOverQueriesAndCutsRankingsAtDepth()
    {
        var set = JudgedQuerySet.Parse(["q1\ten\tfirst\ta:2,b:1", "q2\ten\tsecond\tc:2"], "test.tsv");
        var deep = Enumerable.Range(1, 10).Select(i => $"x{i}").Append("c").ToList();

        var report = await set.EvaluateAsync(query => Task.FromResult<IReadOnlyList<string>>(query == "first" ? ["a", "b"] : deep));

        Assert.Equal([1.0, 0.0], report.Queries.Select(q => q.Ndcg));
        Assert.Equal([1.0, 0.0], report.Queries.Select(q => q.ReciprocalRank));
        Assert.Equal(0.5, report.MeanNdcg, Precision);
        Assert.Equal(0.5, report.MeanReciprocalRank, Precision);
        Assert.Equal(10, report.Queries[1].Ranked.Count);
    }
}
