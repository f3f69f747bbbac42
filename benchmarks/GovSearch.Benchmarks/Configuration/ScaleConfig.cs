using GovSearch.Benchmarks.Infrastructure;
using GovSearch.Benchmarks.Reporting;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>For the scale benchmark: one build per iteration, peak memory and query latency columns, and the curve exporter.</summary>
public sealed class ScaleConfig : GovBenchConfig
{
    /// <summary>The scale job, quick or full, its columns and the curve files.</summary>
    public ScaleConfig()
    {
        AddJob(BenchmarkJobs.Scale("Scale"));
        AddColumn(
            new MethodMetricColumn("Peak MB", BenchmarkMetrics.PeakBytes, 1e6, "0", "Peak resident memory of the process during one build (VmHWM after a reset), in 10^6 bytes"),
            new MethodMetricColumn("Q P50 ms", BenchmarkMetrics.QueryP50, 1e3, "0.00", "Median single-call latency of the 12 benchmark queries on the index built (GovSearch: default options; Lucene.Net: BM25 top 10)"),
            new MethodMetricColumn("Q P99 ms", BenchmarkMetrics.QueryP99, 1e3, "0.00", "99th percentile of the same calls"),
            new MethodMetricColumn("Lean P50 ms", BenchmarkMetrics.LeanQueryP50, 1e3, "0.00", "Median latency of GovSearch without facets and snippets"),
            new MethodMetricColumn("Lean P99 ms", BenchmarkMetrics.LeanQueryP99, 1e3, "0.00", "99th percentile latency of GovSearch without facets and snippets"));
        AddExporter(new ScaleCurveExporter());
        HideColumns("InvocationCount", "IterationCount", "LaunchCount", "RunStrategy", "UnrollFactor", "WarmupCount");
    }
}
