using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovSearch.Benchmarks.Infrastructure;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>A metric recorded per benchmark method (peak memory, query percentiles), divided into its unit.</summary>
/// <param name="columnName">The header.</param>
/// <param name="metric">The metric's prefix in <see cref="BenchmarkMetrics"/>; the method name is appended.</param>
/// <param name="divisor">What the recorded number is divided by: 1e6 for bytes to MB, 1e3 for microseconds to ms.</param>
/// <param name="format">The number format.</param>
/// <param name="legend">The legend line.</param>
internal sealed class MethodMetricColumn(string columnName, string metric, double divisor, string format, string legend)
    : MetricColumn(columnName, format, legend)
{
    public override string Id => nameof(MethodMetricColumn) + ":" + metric;

    protected override double? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        BenchmarkMetrics.Read(benchmarkCase, metric + benchmarkCase.Descriptor.WorkloadMethod.Name) / divisor;
}
