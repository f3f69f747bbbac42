using BenchmarkDotNet.Columns;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>For per-query latency: a throughput job and the median and 95th percentile of iteration means.</summary>
public sealed class LatencyConfig : GovBenchConfig
{
    /// <summary>One throughput job, quick or full, with P50 and P95.</summary>
    public LatencyConfig()
    {
        AddJob(BenchmarkJobs.Throughput("Latency"));
        AddColumn(StatisticColumn.P50, StatisticColumn.P95);
    }
}
