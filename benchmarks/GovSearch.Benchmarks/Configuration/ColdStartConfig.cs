using BenchmarkDotNet.Columns;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>
/// For opening an index and answering a first query: "Cold" is the first call in a fresh process (JIT, dictionary
/// loading and all), "Warm" repeats the open, query and close in a warmed-up process.
/// </summary>
public sealed class ColdStartConfig : GovBenchConfig
{
    /// <summary>The cold and warm jobs, quick or full, with P50 and P95.</summary>
    public ColdStartConfig()
    {
        AddJob(BenchmarkJobs.Cold("Cold"), BenchmarkJobs.Throughput("Warm"));
        AddColumn(StatisticColumn.P50, StatisticColumn.P95);

        // The two jobs differ in every run setting; the Job column names them, the README says what each is.
        HideColumns("InvocationCount", "IterationCount", "IterationTime", "LaunchCount", "RunStrategy", "UnrollFactor", "WarmupCount");
    }
}
