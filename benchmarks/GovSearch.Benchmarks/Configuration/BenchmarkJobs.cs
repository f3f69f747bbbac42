using BenchmarkDotNet.Engines;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;
using GovSearch.Benchmarks.Infrastructure;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>The jobs of each kind of benchmark, in quick and full mode.</summary>
internal static class BenchmarkJobs
{
    /// <summary>The mode the host set; full when unset.</summary>
    public static BenchmarkMode Mode =>
        string.Equals(Environment.GetEnvironmentVariable(BenchmarkSettings.ModeVariable), "quick", StringComparison.OrdinalIgnoreCase)
            ? BenchmarkMode.Quick
            : BenchmarkMode.Full;

    /// <summary>Many short operations per iteration: analysis and queries.</summary>
    public static Job Throughput(string id) => Mode == BenchmarkMode.Quick
        ? Job.Default.WithId(id).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8).WithIterationTime(TimeInterval.FromMilliseconds(200))
        : Job.Default.WithId(id);

    /// <summary>
    /// One call per iteration, every measurement kept (no outlier removal): a distribution of single calls whose
    /// percentiles include the tail. Quick: 30 warm-up + 300 calls; full: 100 warm-up + 2,000 calls, in one process.
    /// </summary>
    public static Job Latency(string id) => (Mode == BenchmarkMode.Quick
            ? Job.Default.WithLaunchCount(1).WithWarmupCount(30).WithIterationCount(300)
            : Job.Default.WithLaunchCount(1).WithWarmupCount(100).WithIterationCount(2000))
        .WithId(id).WithInvocationCount(1).WithUnrollFactor(1).WithOutlierMode(OutlierMode.DontRemove);

    /// <summary>One long operation per iteration, each on a fresh folder: indexing a corpus.</summary>
    public static Job Indexing(string id) => (Mode == BenchmarkMode.Quick
            ? Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            : Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(8))
        .WithId(id).WithInvocationCount(1).WithUnrollFactor(1);

    /// <summary>One operation per process, with nothing jitted or loaded before it: a real cold start.</summary>
    public static Job Cold(string id) => Job.Default.WithId(id)
        .WithStrategy(RunStrategy.ColdStart)
        .WithLaunchCount(Mode == BenchmarkMode.Quick ? 3 : 10)
        .WithWarmupCount(0)
        .WithIterationCount(1)
        .WithInvocationCount(1)
        .WithUnrollFactor(1);
}
