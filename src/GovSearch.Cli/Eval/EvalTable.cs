using System.Globalization;
using GovSearch.Evaluation;

namespace GovSearch.Cli.Eval;

/// <summary>The table <c>govsearch eval</c> prints for people: one column group per run, one row per kind, then overall.</summary>
internal static class EvalTable
{
    private const string Metrics = "nDCG@10 MRR@10  R@100 unj@10";

    public static void Write(TextWriter writer, IReadOnlyList<EvalRun> runs, bool perQuery)
    {
        var first = runs[0].Report;
        var kinds = first.ByKind.Select(k => k.Kind!).ToList();
        var width = kinds.Select(k => k.Length).Concat(perQuery ? first.Queries.Select(q => q.Query.Id.Length) : []).Append(8).Max();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{first.Queries.Count} queries evaluated; {first.SkippedQueries.Count} skipped (no relevant judgment). Unjudged documents count as not relevant; unj@10 = unjudged documents in the top 10, summed."));
        writer.WriteLine();
        writer.WriteLine($"{string.Empty.PadRight(width)} {"queries",7}  {string.Join("  ", runs.Select(r => r.Name.PadRight(Metrics.Length)))}".TrimEnd());
        writer.WriteLine($"{"kind".PadRight(width)} {string.Empty,7}  {string.Join("  ", runs.Select(_ => Metrics))}");
        for (var i = 0; i < kinds.Count; i++)
        {
            WriteRow(writer, width, kinds[i], runs[0].Report.ByKind[i].QueryCount, runs.Select(r => r.Report.ByKind[i]));
        }

        WriteRow(writer, width, "all", first.Overall.QueryCount, runs.Select(r => r.Report.Overall));
        if (!perQuery)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine($"{"qid".PadRight(width)} {"kind",7}  {string.Join("  ", runs.Select(_ => Metrics))}");
        for (var i = 0; i < first.Queries.Count; i++)
        {
            var cells = runs.Select(r => r.Report.Queries[i]).Select(q => Cells(q.Ndcg, q.ReciprocalRank, q.Recall, q.UnjudgedInTop10));
            writer.WriteLine($"{first.Queries[i].Query.Id.PadRight(width)} {first.Queries[i].Query.Kind ?? "-",7}  {string.Join("  ", cells)}");
        }
    }

    private static void WriteRow(TextWriter writer, int width, string label, int count, IEnumerable<EvaluationSummary> summaries)
    {
        var cells = summaries.Select(s => Cells(s.Ndcg, s.ReciprocalRank, s.Recall, s.UnjudgedInTop10));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label.PadRight(width)} {count,7}  {string.Join("  ", cells)}"));
    }

    private static string Cells(double ndcg, double reciprocalRank, double recall, int unjudged) =>
        string.Create(CultureInfo.InvariantCulture, $"{ndcg,7:0.000} {reciprocalRank,6:0.000} {recall,6:0.000} {unjudged,6}");
}
