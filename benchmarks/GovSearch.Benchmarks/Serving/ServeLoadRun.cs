using System.Diagnostics;
using System.Globalization;

namespace GovSearch.Benchmarks.Serving;

/// <summary>One phase of <see cref="ServeLoad"/>: how many requests, over how long, their latency percentiles and errors.</summary>
/// <param name="Name">What was called.</param>
/// <param name="Requests">How many calls were made.</param>
/// <param name="Clients">How many ran at once.</param>
/// <param name="Seconds">Wall-clock time of the whole phase.</param>
/// <param name="P50Milliseconds">The median call latency (nearest rank).</param>
/// <param name="P99Milliseconds">The 99th-percentile call latency (nearest rank).</param>
/// <param name="Errors">Calls that failed or did not answer 200 with a body.</param>
public sealed record ServeLoadRun(string Name, int Requests, int Clients, double Seconds, double P50Milliseconds, double P99Milliseconds, int Errors)
{
    /// <summary>Calls per second.</summary>
    public double Throughput => Requests / Seconds;

    /// <summary>Makes <paramref name="requests"/> calls from <paramref name="clients"/> workers that take the next call
    /// number in turn, timing each call on its own.</summary>
    public static async Task<ServeLoadRun> MeasureAsync(string name, Func<int, Task<bool>> call, int requests, int clients)
    {
        var latencies = new long[requests];
        var next = -1;
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var start = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await call(i).ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or GovSearchException)
                {
                    ok = false;
                }

                latencies[i] = Stopwatch.GetTimestamp() - start;
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        await Task.WhenAll(workers).ConfigureAwait(false);
        clock.Stop();
        Array.Sort(latencies);
        return new ServeLoadRun(name, requests, clients, clock.Elapsed.TotalSeconds, Milliseconds(latencies, 50), Milliseconds(latencies, 99), errors);
    }

    /// <summary>The phase as a row of the report's table.</summary>
    public string ToMarkdownRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Requests:N0} | {Seconds:0.0} | {Throughput:N0} | {P50Milliseconds:0.00} | {P99Milliseconds:0.00} | {Errors} |");

    private static double Milliseconds(long[] sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)] * 1000.0 / Stopwatch.Frequency;
}
