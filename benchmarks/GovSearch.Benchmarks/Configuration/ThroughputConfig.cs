namespace GovSearch.Benchmarks.Configuration;

/// <summary>For benchmarks of many short operations.</summary>
public sealed class ThroughputConfig : GovBenchConfig
{
    /// <summary>One throughput job, quick or full.</summary>
    public ThroughputConfig() => AddJob(BenchmarkJobs.Throughput("Throughput"));
}
