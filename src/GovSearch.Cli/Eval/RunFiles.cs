using System.Globalization;

namespace GovSearch.Cli.Eval;

/// <summary>Writes each run of an eval as a TREC run file, <c>DIR/NAME.run</c>, for trec_eval.</summary>
internal static class RunFiles
{
    /// <summary>
    /// One line <c>qid Q0 docid rank score NAME</c> per ranked document (at most 100 per query). The score column is
    /// 1,000 − rank, so trec_eval, which sorts by score, keeps the order; <c>govsearch batch</c> prints GovSearch's own scores.
    /// </summary>
    public static void Save(string folder, IReadOnlyList<EvalRun> runs)
    {
        Directory.CreateDirectory(folder);
        foreach (var run in runs)
        {
            using var writer = new StreamWriter(Path.Combine(folder, run.Name + ".run"));
            foreach (var query in run.Report.Queries)
            {
                for (var i = 0; i < query.Ranked.Count; i++)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{query.Query.Id} Q0 {query.Ranked[i]} {i + 1} {1000 - (i + 1)} {run.Name}"));
                }
            }
        }
    }
}
