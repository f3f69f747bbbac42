using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovSearch.Benchmarks.Infrastructure;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>Input MB divided by the mean time of an operation.</summary>
internal sealed class ThroughputColumn() : MetricColumn("MB/s", "0.00", "Input MB / Mean: UTF-8 megabytes (10^6 bytes) processed per second")
{
    protected override double? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        BenchmarkMetrics.Read(benchmarkCase, BenchmarkMetrics.InputBytes) is { } bytes && MeanSeconds(summary, benchmarkCase) is { } seconds
            ? bytes / 1e6 / seconds
            : null;
}
