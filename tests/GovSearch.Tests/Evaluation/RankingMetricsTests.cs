using GovSearch.Evaluation;

namespace GovSearch.Tests.Evaluation;

/// <summary>nDCG and reciprocal rank on small cases computed by hand.</summary>
public sealed class RankingMetricsTests
{
    private const int Precision = 6;
    private const int Depth = 10;

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
        Assert.Equal(3.5, RankingMetrics.Dcg([2, 0, 1], depth: 10), Precision);
    }

    [Fact]
    public void Dcg_IgnoresRanksBeyondDepth()
    {
        Assert.Equal(3.0, RankingMetrics.Dcg([2, 2, 2], depth: 1), Precision);
    }

    [Fact]
    public void Ndcg_IsOneForIdealRanking()
    {
        Assert.Equal(1.0, RankingMetrics.Ndcg(["a", "b", "x"], Grades(("a", 2), ("b", 1)), Depth), Precision);
    }

    [Fact]
    public void Ndcg_PenalizesSwappedGrades()
    {
        // (1 + 3 / log2 3) / (3 + 1 / log2 3) = 2.892789 / 3.630930
        Assert.Equal(0.796708, RankingMetrics.Ndcg(["b", "a"], Grades(("a", 2), ("b", 1)), Depth), Precision);
    }

    [Fact]
    public void Ndcg_TakesIdealFromAllJudgmentsEvenUnretrieved()
    {
        // 3 / (3 + 3 / log2 3 + 3 / 2)
        Assert.Equal(0.469279, RankingMetrics.Ndcg(["a"], Grades(("a", 2), ("b", 2), ("c", 2)), Depth), Precision);
    }

    [Fact]
    public void Ndcg_IsOneWhenMoreRelevantDocumentsExistThanDepth()
    {
        var ids = Enumerable.Range(1, 12).Select(i => $"d{i}").ToList();
        var grades = ids.ToDictionary(id => id, _ => 1, StringComparer.Ordinal);

        Assert.Equal(1.0, RankingMetrics.Ndcg(ids, grades, Depth), Precision);
    }

    [Fact]
    public void Ndcg_IsZeroWhenRelevantDocumentIsBelowDepth()
    {
        var ranked = Enumerable.Range(1, 10).Select(i => $"x{i}").Append("a").ToList();

        Assert.Equal(0.0, RankingMetrics.Ndcg(ranked, Grades(("a", 2)), Depth));
    }

    [Fact]
    public void Ndcg_GivesNothingForRepeatedDocument()
    {
        // 3 / (3 + 3 / log2 3): the second "a" gains nothing.
        Assert.Equal(0.613147, RankingMetrics.Ndcg(["a", "a"], Grades(("a", 2), ("b", 2)), Depth), Precision);
    }

    [Fact]
    public void Ndcg_IsZeroForEmptyRankingOrNoJudgments()
    {
        Assert.Equal(0.0, RankingMetrics.Ndcg([], Grades(("a", 2)), Depth));
        Assert.Equal(0.0, RankingMetrics.Ndcg(["a"], Grades(), Depth));
    }

    [Fact]
    public void ReciprocalRank_IsOneOverRankOfFirstDocumentWithGradeOneOrMore()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.ReciprocalRank(["x", "y", "b", "a"], Grades(("a", 2), ("b", 1)), Depth), Precision);
    }

    [Fact]
    public void ReciprocalRank_IsZeroWhenNoRelevantDocumentIsRanked()
    {
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank(["x", "y"], Grades(("a", 2)), Depth));
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank([], Grades(("a", 2)), Depth));
    }

    [Fact]
    public void Gain_IsZeroForNegativeGrades()
    {
        Assert.Equal(0.0, RankingMetrics.Gain(-1));
        Assert.Equal(1.0, RankingMetrics.Ndcg(["a", "n"], Grades(("a", 1), ("n", -1)), Depth), Precision);
    }

    [Fact]
    public void ReciprocalRank_IsZeroWhenFirstRelevantDocumentIsBelowDepth()
    {
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank(["x", "y", "a"], Grades(("a", 2)), depth: 2));
        Assert.Equal(0.5, RankingMetrics.ReciprocalRank(["x", "a"], Grades(("a", 2)), depth: 2), Precision);
    }

    [Fact]
    public void Recall_IsShareOfRelevantDocumentsFoundWithinDepth()
    {
        var grades = Grades(("a", 2), ("b", 1), ("c", 1), ("z", 0));

        // a and b are found (z is judged but not relevant), c is below depth 3.
        Assert.Equal(2.0 / 3, RankingMetrics.Recall(["a", "z", "b", "c"], grades, depth: 3), Precision);
        Assert.Equal(1.0, RankingMetrics.Recall(["a", "z", "b", "c"], grades, depth: 4), Precision);
        Assert.Equal(0.0, RankingMetrics.Recall(["a"], Grades(("a", 0)), depth: 3));
    }

    [Fact]
    public void Recall_CountsRepeatedDocumentOnce()
    {
        Assert.Equal(0.5, RankingMetrics.Recall(["a", "a"], Grades(("a", 1), ("b", 1)), depth: 10), Precision);
    }

    [Fact]
    public void Judged_CountsJudgedDocumentsOfAnyGradeWithinDepth()
    {
        Assert.Equal(2, RankingMetrics.Judged(["a", "x", "z", "b"], Grades(("a", 2), ("z", 0), ("b", 1)), depth: 3));
    }
}
