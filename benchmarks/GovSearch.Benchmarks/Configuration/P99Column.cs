using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>
/// The 99th percentile of the measurements, which BenchmarkDotNet has no column for. It means the 99th percentile of
/// single calls only under a job that times one call per iteration and keeps every measurement
/// (<see cref="BenchmarkJobs.Latency"/>).
/// </summary>
internal sealed class P99Column : IColumn
{
    public string Id => nameof(P99Column);

    public string ColumnName => "P99";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 100;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Percentile 99: 99% of the measurements (single calls, under the latency job) took at most this long";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { } statistics
            ? (statistics.Percentiles.Percentile(99) / 1e6).ToString("0.000 ms", CultureInfo.InvariantCulture)
            : "-";

    public override string ToString() => ColumnName;
}
