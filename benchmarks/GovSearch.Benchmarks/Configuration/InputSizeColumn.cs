using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovSearch.Benchmarks.Infrastructure;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>The UTF-8 size of the input one operation processes, in MB (10^6 bytes).</summary>
internal sealed class InputSizeColumn() : MetricColumn("Input MB", "0.000", "UTF-8 size of the text one operation processes (title + text for indexing), in 10^6 bytes")
{
    protected override double? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        BenchmarkMetrics.Read(benchmarkCase, BenchmarkMetrics.InputBytes) / 1e6;
}
