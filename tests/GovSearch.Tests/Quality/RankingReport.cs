using System.Globalization;
using System.Text;

namespace GovSearch.Tests.Quality;

/// <summary>Per-query and mean scores of one ranking over a judged query set.</summary>
/// <param name="Depth">The nDCG cutoff.</param>
/// <param name="Queries">One score per query, in file order.</param>
public sealed record RankingReport(int Depth, IReadOnlyList<QueryScore> Queries)
{
    /// <summary>Mean nDCG at <see cref="Depth"/> over all queries.</summary>
    public double MeanNdcg => Mean(Queries, q => q.Ndcg);

    /// <summary>Mean reciprocal rank over all queries.</summary>
    public double MeanReciprocalRank => Mean(Queries, q => q.ReciprocalRank);

    /// <summary>The mean nDCG and MRR of the queries in each language, languages in ordinal order.</summary>
    public IReadOnlyList<(string Language, int Count, double Ndcg, double ReciprocalRank)> ByLanguage() =>
        Queries.GroupBy(q => q.Query.Language, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), Mean(g.ToList(), q => q.Ndcg), Mean(g.ToList(), q => q.ReciprocalRank)))
            .ToList();

    /// <summary>
    /// A plain-text table: one line per query, then the means per language and overall. Queries whose nDCG is below
    /// <paramref name="showRankingBelow"/> also list their top five ids with grades, for diagnosis.
    /// </summary>
    public string Format(string title, double showRankingBelow = 0.5)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"== {title}: nDCG@{Depth} and reciprocal rank per query");
        foreach (var score in Queries)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{score.Query.Id,-6} nDCG {Number(score.Ndcg)}  RR {Number(score.ReciprocalRank)}  hits {score.Ranked.Count,2}  {score.Query.Text}");
            if (score.Ndcg < showRankingBelow)
            {
                var top = score.Ranked.Take(5).Select(id => $"{id}={score.Query.GradeOf(id).ToString(CultureInfo.InvariantCulture)}");
                text.AppendLine(CultureInfo.InvariantCulture, $"       top: {string.Join(" ", top)}");
            }
        }

        foreach (var (language, count, ndcg, reciprocalRank) in ByLanguage())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"mean {language,-7} ({count,2} queries)  nDCG@{Depth} {Number(ndcg)}  MRR {Number(reciprocalRank)}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"mean all     ({Queries.Count,2} queries)  nDCG@{Depth} {Number(MeanNdcg)}  MRR {Number(MeanReciprocalRank)}");
        return text.ToString();
    }

    private static double Mean(IReadOnlyCollection<QueryScore> scores, Func<QueryScore, double> value) =>
        scores.Count == 0 ? 0 : scores.Sum(value) / scores.Count;

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
