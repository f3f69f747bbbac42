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
    /// BenchmarkDotNet's forced full collection after each iteration is off: with one call per iteration it would
    /// collect every call's garbage outside the timing, so the collections a server pays for would never reach the
    /// measured tail.
    /// </summary>
    public static Job Latency(string id) => (Mode == BenchmarkMode.Quick
            ? Job.Default.WithLaunchCount(1).WithWarmupCount(30).WithIterationCount(300)
            : Job.Default.WithLaunchCount(1).WithWarmupCount(100).WithIterationCount(2000))
        .WithId(id).WithInvocationCount(1).WithUnrollFactor(1).WithOutlierMode(OutlierMode.DontRemove).WithGcForce(false);

    /// <summary>One long operation per iteration, each on a fresh folder: indexing a corpus.</summary>
    public static Job Indexing(string id) => (Mode == BenchmarkMode.Quick
            ? Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            : Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(8))
        .WithId(id).WithInvocationCount(1).WithUnrollFactor(1);

    /// <summary>
    /// One index build per iteration at each size of the scale benchmark: no jitting or warm-up build (BenchmarkDotNet's
    /// Monitoring strategy; the class warms its code up on a small slice in its global setup), so the million-passage
    /// builds are not paid for twice. Quick mode (10k and 100k passages): 3 builds per case. Full mode: 1 build per
    /// case, because one build of a million passages takes 2 to 6 minutes on 2 shared cores, and 2 methods × 2 builds
    /// would not fit in 20 minutes; at that size one build's noise is the machine's load, not the measurement.
    /// </summary>
    public static Job Scale(string id) => Job.Default.WithId(id)
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(0)
        .WithIterationCount(Mode == BenchmarkMode.Quick ? 3 : 1)
        .WithInvocationCount(1)
        .WithUnrollFactor(1);

    /// <summary>One operation per process, with nothing jitted or loaded before it: a real cold start.</summary>
    public static Job Cold(string id) => Job.Default.WithId(id)
        .WithStrategy(RunStrategy.ColdStart)
        .WithLaunchCount(Mode == BenchmarkMode.Quick ? 3 : 10)
        .WithWarmupCount(0)
        .WithIterationCount(1)
        .WithInvocationCount(1)
        .WithUnrollFactor(1);
}
