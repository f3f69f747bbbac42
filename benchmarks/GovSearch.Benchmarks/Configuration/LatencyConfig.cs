using BenchmarkDotNet.Columns;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>
/// For per-query latency: one call per iteration and every measurement kept (<see cref="BenchmarkJobs.Latency"/>),
/// so P50, P95 and P99 are percentiles of single calls, tails included.
/// </summary>
public sealed class LatencyConfig : GovBenchConfig
{
    /// <summary>One latency job, quick or full, with P50, P95 and P99.</summary>
    public LatencyConfig()
    {
        AddJob(BenchmarkJobs.Latency("Latency"));
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, new P99Column());
    }
}
