using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovSearch.Benchmarks.Infrastructure;

namespace GovSearch.Benchmarks.Reporting;

/// <summary>
/// The curve of the scale benchmark: per size, every figure of GovSearch beside plain Lucene.Net's and their ratio,
/// and between consecutive sizes the log-log growth exponent ln(y2/y1) / ln(x2/x1) of each figure against the
/// passage count (1.0: linear; below 1: sublinear).
/// </summary>
internal sealed class ScaleCurve
{
    private ScaleCurve(IReadOnlyList<ScaleCurveRow> rows) => Rows = rows;

    /// <summary>One row per size, smallest first.</summary>
    public IReadOnlyList<ScaleCurveRow> Rows { get; }

    /// <summary>The curve of the <see cref="ScaleBenchmarks"/> cases of a summary, or <see langword="null"/> when it has none.</summary>
    public static ScaleCurve? From(Summary summary)
    {
        var cases = summary.BenchmarksCases.Where(c => c.Descriptor.Type == typeof(ScaleBenchmarks)).ToList();
        if (cases.Count == 0)
        {
            return null;
        }

        var rows = cases
            .GroupBy(c => Convert.ToInt32(c.Parameters[nameof(ScaleBenchmarks.Passages)], CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var any = g.First();
                return new ScaleCurveRow(
                    g.Key,
                    BenchmarkMetrics.Read(any, BenchmarkMetrics.Passages),
                    BenchmarkMetrics.Read(any, BenchmarkMetrics.IndexedPassages),
                    BenchmarkMetrics.Read(any, BenchmarkMetrics.InputBytes) / 1e6,
                    Figures(summary, g, nameof(ScaleBenchmarks.GovSearch)),
                    Figures(summary, g, nameof(ScaleBenchmarks.Lucene)));
            })
            .ToList();
        return new ScaleCurve(rows);
    }

    /// <summary>Three Markdown tables: build and size, query latency, growth exponents.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("Scale curve: GovSearch (default options, every core) against plain Lucene.Net (SmartCn, BM25, every core); ratio = GovSearch / Lucene.Net.")
            .AppendLine()
            .AppendLine("| passages | GovSearch indexed | input MB | GovSearch build | Lucene.Net build | ratio | GovSearch index MB | Lucene.Net index MB | ratio | GovSearch peak MB | Lucene.Net peak MB | ratio |")
            .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in Rows)
        {
            Line(text, Count(row), Number(row.IndexedPassages, "N0"), Number(row.InputMB, "0.0"),
                Seconds(row.GovSearch.BuildSeconds), Seconds(row.Lucene.BuildSeconds), Ratio(row.GovSearch.BuildSeconds, row.Lucene.BuildSeconds),
                Number(row.GovSearch.IndexMB, "0.0"), Number(row.Lucene.IndexMB, "0.0"), Ratio(row.GovSearch.IndexMB, row.Lucene.IndexMB),
                Number(row.GovSearch.PeakMB, "0"), Number(row.Lucene.PeakMB, "0"), Ratio(row.GovSearch.PeakMB, row.Lucene.PeakMB));
        }

        text.AppendLine()
            .AppendLine("Query latency over the 12 benchmark queries, single calls (ms); ratio = GovSearch / Lucene.Net top 10.")
            .AppendLine()
            .AppendLine("| passages | GovSearch P50 | GovSearch P99 | lean P50 | lean P99 | Lucene.Net P50 | Lucene.Net P99 | ratio P50 | ratio P99 | lean ratio P50 | lean ratio P99 |")
            .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in Rows)
        {
            Line(text, Count(row),
                Number(row.GovSearch.P50Ms, "0.00"), Number(row.GovSearch.P99Ms, "0.00"), Number(row.GovSearch.LeanP50Ms, "0.00"), Number(row.GovSearch.LeanP99Ms, "0.00"),
                Number(row.Lucene.P50Ms, "0.00"), Number(row.Lucene.P99Ms, "0.00"),
                Ratio(row.GovSearch.P50Ms, row.Lucene.P50Ms), Ratio(row.GovSearch.P99Ms, row.Lucene.P99Ms),
                Ratio(row.GovSearch.LeanP50Ms, row.Lucene.P50Ms), Ratio(row.GovSearch.LeanP99Ms, row.Lucene.P99Ms));
        }

        text.AppendLine()
            .AppendLine("Growth exponents, ln(y2/y1) / ln(x2/x1) against passages: 1.0 is linear, below 1 sublinear.")
            .AppendLine()
            .AppendLine("| passages | GovSearch build | Lucene.Net build | GovSearch index MB | Lucene.Net index MB | GovSearch peak | Lucene.Net peak | GovSearch P50 | lean P50 | Lucene.Net P50 |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (from, to) in Rows.Zip(Rows.Skip(1)))
        {
            Line(text, $"{Count(from)} → {Count(to)}",
                Exponent(from, to, r => r.GovSearch.BuildSeconds), Exponent(from, to, r => r.Lucene.BuildSeconds),
                Exponent(from, to, r => r.GovSearch.IndexMB), Exponent(from, to, r => r.Lucene.IndexMB),
                Exponent(from, to, r => r.GovSearch.PeakMB), Exponent(from, to, r => r.Lucene.PeakMB),
                Exponent(from, to, r => r.GovSearch.P50Ms), Exponent(from, to, r => r.GovSearch.LeanP50Ms), Exponent(from, to, r => r.Lucene.P50Ms));
        }

        return text.ToString();
    }

    /// <summary>One line per size with every raw figure, and the growth exponents from the size before.</summary>
    public string ToCsv()
    {
        string[] figures = ["build_s", "index_mb", "peak_mb", "p50_ms", "p99_ms", "lean_p50_ms", "lean_p99_ms"];
        var header = new List<string> { "target", "passages", "indexed_passages", "input_mb" };
        header.AddRange(figures.Select(f => "govsearch_" + f));
        header.AddRange(figures.Select(f => "lucene_" + f));
        header.AddRange(["exp_govsearch_build", "exp_lucene_build", "exp_govsearch_index_mb", "exp_lucene_index_mb", "exp_govsearch_p50", "exp_govsearch_lean_p50", "exp_lucene_p50"]);
        var text = new StringBuilder().AppendLine(string.Join(',', header));
        ScaleCurveRow? previous = null;
        foreach (var row in Rows)
        {
            var cells = new List<string>
            {
                row.Target.ToString(CultureInfo.InvariantCulture), Csv(row.Passages, "0"), Csv(row.IndexedPassages, "0"), Csv(row.InputMB, "0.000"),
            };
            cells.AddRange(Cells(row.GovSearch));
            cells.AddRange(Cells(row.Lucene));
            Func<ScaleCurveRow, double?>[] growth =
            [
                r => r.GovSearch.BuildSeconds, r => r.Lucene.BuildSeconds, r => r.GovSearch.IndexMB, r => r.Lucene.IndexMB,
                r => r.GovSearch.P50Ms, r => r.GovSearch.LeanP50Ms, r => r.Lucene.P50Ms,
            ];
            cells.AddRange(growth.Select(f => previous is null ? string.Empty : Csv(Growth(previous, row, f), "0.000")));
            text.AppendLine(string.Join(',', cells));
            previous = row;
        }

        return text.ToString();
    }

    private static ScaleFigures Figures(Summary summary, IEnumerable<BenchmarkCase> cases, string method)
    {
        var found = cases.FirstOrDefault(c => c.Descriptor.WorkloadMethod.Name == method);
        if (found is null)
        {
            return new ScaleFigures(null, null, null, null, null, null, null);
        }

        double? Metric(string prefix, double divisor) => BenchmarkMetrics.Read(found, prefix + method) / divisor;
        return new ScaleFigures(
            summary[found]?.ResultStatistics?.Mean / 1e9,
            Metric(BenchmarkMetrics.IndexBytes, 1e6),
            Metric(BenchmarkMetrics.PeakBytes, 1e6),
            Metric(BenchmarkMetrics.QueryP50, 1e3),
            Metric(BenchmarkMetrics.QueryP99, 1e3),
            Metric(BenchmarkMetrics.LeanQueryP50, 1e3),
            Metric(BenchmarkMetrics.LeanQueryP99, 1e3));
    }

    private static IEnumerable<string> Cells(ScaleFigures figures) =>
    [
        Csv(figures.BuildSeconds, "0.000"), Csv(figures.IndexMB, "0.00"), Csv(figures.PeakMB, "0"),
        Csv(figures.P50Ms, "0.000"), Csv(figures.P99Ms, "0.000"), Csv(figures.LeanP50Ms, "0.000"), Csv(figures.LeanP99Ms, "0.000"),
    ];

    private static void Line(StringBuilder text, params string[] cells) => text.Append("| ").AppendJoin(" | ", cells).AppendLine(" |");

    private static string Count(ScaleCurveRow row) => Number(row.Passages ?? row.Target, "N0");

    private static string Seconds(double? seconds) => seconds is { } s ? Number(s, s < 10 ? "0.00" : "0.0") + " s" : "-";

    private static string Ratio(double? value, double? baseline) =>
        value is { } v && baseline is { } b && b > 0 ? Number(v / b, "0.00") : "-";

    private static string Exponent(ScaleCurveRow from, ScaleCurveRow to, Func<ScaleCurveRow, double?> figure) =>
        Number(Growth(from, to, figure), "0.00");

    /// <summary>ln(y2/y1) / ln(x2/x1), or <see langword="null"/> when a figure is missing.</summary>
    private static double? Growth(ScaleCurveRow from, ScaleCurveRow to, Func<ScaleCurveRow, double?> figure) =>
        figure(from) is { } y1 && figure(to) is { } y2 && y1 > 0 && y2 > 0 && to.X > from.X
            ? Math.Log(y2 / y1) / Math.Log(to.X / from.X)
            : null;

    private static string Csv(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
}
