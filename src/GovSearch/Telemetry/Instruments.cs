using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace GovSearch.Telemetry;

/// <summary>GovSearch's meter, activity source and instruments, one set per process.</summary>
internal static class Instruments
{
    private static readonly string? Version = typeof(Instruments).Assembly.GetName().Version?.ToString();

    /// <summary>The indexes open in this process, for the gauges. Weak, so an index its owner forgot to dispose is not kept alive.</summary>
    private static readonly ConditionalWeakTable<GovSearchIndex, object?> Open = new();

    public static ActivitySource Source { get; } = new(GovSearchTelemetry.ActivitySourceName, Version);

    public static Meter Meter { get; } = new(GovSearchTelemetry.MeterName, Version);

    public static Counter<long> Queries { get; } = Meter.CreateCounter<long>("govsearch.queries", "{query}", "Searches and suggestion calls answered, by mode.");

    public static Histogram<double> QueryDuration { get; } = Meter.CreateHistogram<double>("govsearch.query.duration", "s", "How long searches and suggestion calls took, by mode.");

    public static Counter<long> DocumentsIndexed { get; } = Meter.CreateCounter<long>("govsearch.documents.indexed", "{document}", "Documents written by batches that succeeded.");

    public static Histogram<double> CommitDuration { get; } = Meter.CreateHistogram<double>("govsearch.commit.duration", "s", "How long commits took.");

    static Instruments()
    {
        Meter.CreateObservableGauge("govsearch.index.size", () => Measure(index => index.SizeOnDisk()), "By", "Bytes on disk of each open index.");
        Meter.CreateObservableGauge("govsearch.index.documents", () => Measure(index => index.DocumentCount), "{document}", "Documents in the last commit of each open index.");
    }

    public static void Opened(GovSearchIndex index) => Open.AddOrUpdate(index, null);

    public static void Closed(GovSearchIndex index) => Open.Remove(index);

    /// <summary>One measurement per open on-disk index; an index closed meanwhile is left out.</summary>
    private static IEnumerable<Measurement<long>> Measure(Func<GovSearchIndex, long> value)
    {
        var measurements = new List<Measurement<long>>();
        foreach (var (index, _) in Open)
        {
            if (index.Path is null)
            {
                continue;
            }

            try
            {
                measurements.Add(new Measurement<long>(value(index), new KeyValuePair<string, object?>("govsearch.index.path", index.Path)));
            }
            catch (Exception e) when (e is ObjectDisposedException or IOException or GovSearchException)
            {
                // Closed, or its folder changed, while being measured.
            }
        }

        return measurements;
    }
}
