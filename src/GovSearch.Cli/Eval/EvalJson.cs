using GovSearch.Evaluation;

namespace GovSearch.Cli.Eval;

/// <summary>The JSON shape of <c>govsearch eval --json</c>.</summary>
internal static class EvalJson
{
    public static object Shape(IReadOnlyList<EvalRun> runs, bool perQuery)
    {
        var first = runs[0].Report;
        return new
        {
            queries = first.Queries.Count,
            skipped = first.SkippedQueries.Select(q => q.Id).ToList(),
            runs = runs.Select(r => new
            {
                name = r.Name,
                overall = Summary(r.Report.Overall),
                byKind = r.Report.ByKind.Select(Summary).ToList(),
                perQuery = perQuery ? r.Report.Queries.Select(Query).ToList() : null,
            }).ToList(),
        };
    }

    private static object Summary(EvaluationSummary s) =>
        new { kind = s.Kind, queries = s.QueryCount, ndcg10 = s.Ndcg, mrr10 = s.ReciprocalRank, recall100 = s.Recall, unjudgedInTop10 = s.UnjudgedInTop10 };

    private static object Query(QueryEvaluation q) =>
        new
        {
            qid = q.Query.Id,
            kind = q.Query.Kind,
            relevant = q.RelevantCount,
            ndcg10 = q.Ndcg,
            mrr10 = q.ReciprocalRank,
            recall100 = q.Recall,
            judgedInTop10 = q.JudgedInTop10,
            unjudgedInTop10 = q.UnjudgedInTop10,
        };
}
