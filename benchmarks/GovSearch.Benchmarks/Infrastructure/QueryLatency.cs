using System.Diagnostics;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// The distribution of single-call latencies over a query set: each call timed on its own with a
/// <see cref="Stopwatch"/>, after warm-up calls, the queries taken in turn round after round so that a burst of
/// load on the machine spreads over every query instead of hitting one.
/// </summary>
/// <remarks>BenchmarkDotNet's iteration means hide the tail (a P99 of means is not a P99 of calls), and one case per
/// query and size would multiply the processes and index builds; timing each call is what a latency percentile
/// needs. Stopwatch resolution (well under a microsecond here) is far below a query's time.</remarks>
internal static class QueryLatency
{
    /// <summary>
    /// Times <paramref name="rounds"/> calls of every query after untimed warm-up rounds: at least
    /// <paramref name="warmupRounds"/>, and more until <paramref name="warmupTime"/> has passed, so the JIT's second
    /// tier has replaced the first on small indexes too (where a round takes milliseconds).
    /// </summary>
    /// <returns>The median and the 99th percentile (nearest rank) of every timed call, in microseconds.</returns>
    public static (long P50Microseconds, long P99Microseconds) Measure(
        IReadOnlyList<QueryCase> queries, Action<QueryCase> call, int warmupRounds, TimeSpan warmupTime, int rounds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rounds);
        var warmup = Stopwatch.StartNew();
        for (var round = 0; round < warmupRounds || (warmupRounds > 0 && warmup.Elapsed < warmupTime); round++)
        {
            foreach (var query in queries)
            {
                call(query);
            }
        }

        var samples = new List<long>(queries.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                call(query);
                samples.Add(Stopwatch.GetTimestamp() - start);
            }
        }

        samples.Sort();
        return (Microseconds(Percentile(samples, 50)), Microseconds(Percentile(samples, 99)));
    }

    /// <summary>The nearest-rank percentile of sorted samples.</summary>
    private static long Percentile(List<long> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static long Microseconds(long ticks) => ticks * 1_000_000 / Stopwatch.Frequency;
}
