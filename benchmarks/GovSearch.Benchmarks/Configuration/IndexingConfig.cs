namespace GovSearch.Benchmarks.Configuration;

/// <summary>For indexing: one build per iteration, each into a fresh folder.</summary>
public sealed class IndexingConfig : GovBenchConfig
{
    /// <summary>One indexing job, quick or full.</summary>
    public IndexingConfig() => AddJob(BenchmarkJobs.Indexing("Indexing"));
}
