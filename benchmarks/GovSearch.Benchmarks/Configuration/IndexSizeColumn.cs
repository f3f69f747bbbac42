using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovSearch.Benchmarks.Infrastructure;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>The size on disk of the index a method built, in MB.</summary>
internal sealed class IndexSizeColumn() : MetricColumn("Index MB", "0.00", "Size on disk of the committed index the method built, in 10^6 bytes")
{
    protected override double? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        BenchmarkMetrics.Read(benchmarkCase, BenchmarkMetrics.IndexBytes + benchmarkCase.Descriptor.WorkloadMethod.Name) / 1e6;
}
