namespace GovSearch.Evaluation;

/// <summary>The result of <see cref="Evaluator"/>: means overall and per kind, and the score of every query.</summary>
public sealed class EvaluationReport
{
    internal EvaluationReport(IReadOnlyList<QueryEvaluation> queries, IReadOnlyList<EvaluationQuery> skipped)
    {
        Queries = queries;
        SkippedQueries = skipped;
        Overall = Summarize(null, queries);
        ByKind = queries.Where(q => q.Query.Kind is not null)
            .GroupBy(q => q.Query.Kind!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summarize(g.Key, g.ToList()))
            .ToList();
    }

    /// <summary>The means over every evaluated query (queries without a relevant judgment are not evaluated).</summary>
    public EvaluationSummary Overall { get; }

    /// <summary>The means per <see cref="EvaluationQuery.Kind"/>, kinds in ordinal order; empty when no query has a kind.</summary>
    public IReadOnlyList<EvaluationSummary> ByKind { get; }

    /// <summary>The score of every evaluated query, in input order.</summary>
    public IReadOnlyList<QueryEvaluation> Queries { get; }

    /// <summary>The queries left out because the qrels grade no document 1 or more for them, in input order.</summary>
    public IReadOnlyList<EvaluationQuery> SkippedQueries { get; }

    private static EvaluationSummary Summarize(string? kind, IReadOnlyList<QueryEvaluation> queries) =>
        new(kind, queries.Count, Mean(queries, q => q.Ndcg), Mean(queries, q => q.ReciprocalRank), Mean(queries, q => q.Recall), queries.Sum(q => q.UnjudgedInTop10));

    private static double Mean(IReadOnlyList<QueryEvaluation> queries, Func<QueryEvaluation, double> value) =>
        queries.Count == 0 ? 0 : queries.Sum(value) / queries.Count;
}
