using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovSearch.Benchmarks.Infrastructure;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>How many documents the method's query matched, so a ratio is read knowing whether the work was the same.</summary>
internal sealed class HitsColumn() : MetricColumn("Hits", "0", "Total matching documents (GovSearch ANDs words by default; the baseline ORs SmartCn tokens)")
{
    protected override double? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        BenchmarkMetrics.Read(benchmarkCase, BenchmarkMetrics.TotalHits + benchmarkCase.Descriptor.WorkloadMethod.Name);
}
