using GovSearch.Benchmarks.Infrastructure;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>For indexing: one build per iteration, each into a fresh folder, with the peak memory of a build.</summary>
public sealed class IndexingConfig : GovBenchConfig
{
    /// <summary>One indexing job, quick or full, and the Peak MB column.</summary>
    public IndexingConfig()
    {
        AddJob(BenchmarkJobs.Indexing("Indexing"));
        AddColumn(new MethodMetricColumn("Peak MB", BenchmarkMetrics.PeakBytes, 1e6, "0", "Peak resident memory of the process during one build (VmHWM after a reset; the corpus, held in memory, included), in 10^6 bytes"));
    }
}
