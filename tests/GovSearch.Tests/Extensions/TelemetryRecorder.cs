using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using GovSearch.Telemetry;

namespace GovSearch.Tests.Extensions;

/// <summary>Listens to GovSearch's meter (<see cref="MeterListener"/>) and activity source (<see cref="ActivityListener"/>)
/// and keeps what one index folder reports: other tests in the process use other folders.</summary>
public sealed class TelemetryRecorder : IDisposable
{
    private readonly string _path;
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _activities;
    private readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();
    private readonly ConcurrentQueue<Activity> _spans = new();

    public TelemetryRecorder(string path)
    {
        _path = path;
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GovSearchTelemetry.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GovSearchTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("govsearch.index.path"), _path))
                {
                    _spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);
    }

    /// <summary>The measurements of this folder's index so far.</summary>
    public IReadOnlyList<RecordedMeasurement> Measurements => _measurements.ToArray();

    /// <summary>The finished spans of this folder's index so far.</summary>
    public IReadOnlyList<Activity> Spans => _spans.ToArray();

    /// <summary>Asks the gauges for their values now.</summary>
    public void ObserveGauges() => _meters.RecordObservableInstruments();

    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copied = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copied[tag.Key] = tag.Value;
        }

        if (copied.TryGetValue("govsearch.index.path", out var path) && Equals(path, _path))
        {
            _measurements.Enqueue(new RecordedMeasurement(instrument.Name, instrument.Unit, value, copied));
        }
    }
}

/// <summary>One measurement of a GovSearch instrument.</summary>
public sealed record RecordedMeasurement(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags);
