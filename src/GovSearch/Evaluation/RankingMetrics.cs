namespace GovSearch.Evaluation;

/// <summary>
/// Ranking metrics over graded judgments. A grade of 1 or more is relevant; 0, a negative
/// grade or no judgment at all counts as not relevant (gain 0). A document listed twice in a ranking counts only where
/// it first appears; later copies gain nothing.
/// </summary>
internal static class RankingMetrics
{
    /// <summary>The gain of a grade: 2^grade - 1 (0, 1 or 3 for grades 0, 1 and 2); 0 for a grade below 1.</summary>
    public static double Gain(int grade) => grade < 1 ? 0 : Math.Pow(2, grade) - 1;

    /// <summary>Discounted cumulative gain of grades in rank order: the sum of Gain(grade) / log2(rank + 1) over the first <paramref name="depth"/> ranks.</summary>
    public static double Dcg(IEnumerable<int> gradesInRankOrder, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        var sum = 0.0;
        var rank = 1;
        foreach (var grade in gradesInRankOrder)
        {
            if (rank > depth)
            {
                break;
            }

            sum += Gain(grade) / Math.Log2(rank + 1);
            rank++;
        }

        return sum;
    }

    /// <summary>
    /// nDCG at <paramref name="depth"/>: the DCG of the ranking divided by the DCG of the ideal ranking of all judged
    /// documents. 0 when nothing is judged relevant.
    /// </summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int depth)
    {
        var ideal = Dcg(grades.Values.Where(g => g > 0).OrderDescending(), depth);
        return ideal == 0 ? 0 : Dcg(GradesInRankOrder(ranked, grades), depth) / ideal;
    }

    /// <summary>1 / the rank of the first document with grade 1 or more within <paramref name="depth"/>; 0 when none is ranked there.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        var rank = 1;
        foreach (var grade in GradesInRankOrder(ranked, grades))
        {
            if (rank > depth)
            {
                break;
            }

            if (grade >= 1)
            {
                return 1.0 / rank;
            }

            rank++;
        }

        return 0;
    }

    /// <summary>The share of relevant documents (grade 1 or more) found in the first <paramref name="depth"/> ranks; 0 when nothing is relevant.</summary>
    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        var relevant = grades.Values.Count(g => g > 0);
        if (relevant == 0)
        {
            return 0;
        }

        var found = GradesInRankOrder(ranked, grades).Take(depth).Count(g => g > 0);
        return (double)found / relevant;
    }

    /// <summary>How many of the first <paramref name="depth"/> distinct ranked documents have a judgment (of any grade).</summary>
    public static int Judged(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int depth) =>
        ranked.Distinct(StringComparer.Ordinal).Take(depth).Count(grades.ContainsKey);

    /// <summary>The grade of each ranked document; a repeated id gets 0.</summary>
    private static IEnumerable<int> GradesInRankOrder(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ranked)
        {
            yield return seen.Add(id) ? grades.GetValueOrDefault(id) : 0;
        }
    }
}
