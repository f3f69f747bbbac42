using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// Numbers a benchmark process learns (input size, index size, hit counts) and the report needs: the benchmark
/// writes them to the metrics folder, keyed by class and parameter values, and the host's columns read them.
/// </summary>
public static class BenchmarkMetrics
{
    /// <summary>The UTF-8 size of the input one operation processes.</summary>
    public const string InputBytes = "input-bytes";

    /// <summary>Prefix of the index size a method leaves on disk, followed by the method name.</summary>
    public const string IndexBytes = "index-bytes:";

    /// <summary>Prefix of the total hits a method finds, followed by the method name.</summary>
    public const string TotalHits = "total-hits:";

    /// <summary>Prefix of the peak resident memory, in bytes, while a method ran, followed by the method name.</summary>
    public const string PeakBytes = "peak-bytes:";

    /// <summary>Prefix of the median query latency, in microseconds, followed by the method name.</summary>
    public const string QueryP50 = "query-p50-us:";

    /// <summary>Prefix of the 99th percentile query latency, in microseconds, followed by the method name.</summary>
    public const string QueryP99 = "query-p99-us:";

    /// <summary>Prefix of the median latency of lean queries (no facets, no snippets), in microseconds, followed by the method name.</summary>
    public const string LeanQueryP50 = "lean-p50-us:";

    /// <summary>Prefix of the 99th percentile latency of lean queries, in microseconds, followed by the method name.</summary>
    public const string LeanQueryP99 = "lean-p99-us:";

    /// <summary>The passages of the input, as GovSearch's splitter counts them.</summary>
    public const string Passages = "passages";

    /// <summary>The passages GovSearch's index statistics report after a build.</summary>
    public const string IndexedPassages = "indexed-passages";

    private static readonly Lock Gate = new();

    /// <summary>Records one number for the case a benchmark instance runs. Does nothing when no metrics folder is set.</summary>
    public static void Record(object benchmark, string name, long value)
    {
        if (BenchmarkSettings.Current.MetricsFolder is not { } folder)
        {
            return;
        }

        lock (Gate)
        {
            Directory.CreateDirectory(folder);
            var file = FileFor(folder, KeyOf(DeclaredType(benchmark), ParametersOf(benchmark)));
            var values = ReadFile(file);
            values[name] = value;
            File.WriteAllText(file, JsonSerializer.Serialize(values));
        }
    }

    /// <summary>Reads one number of a case, or <see langword="null"/>.</summary>
    public static long? Read(BenchmarkCase benchmarkCase, string name)
    {
        if (BenchmarkSettings.Current.MetricsFolder is not { } folder)
        {
            return null;
        }

        var parameters = benchmarkCase.Parameters.Items.Select(p => (p.Name, Text(p.Value)));
        var file = FileFor(folder, KeyOf(benchmarkCase.Descriptor.Type, parameters));
        return ReadFile(file).TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>The benchmark class itself: BenchmarkDotNet runs a generated subclass of it.</summary>
    private static Type DeclaredType(object benchmark)
    {
        var type = benchmark.GetType();
        while (type.Assembly != typeof(BenchmarkMetrics).Assembly && type.BaseType is { } parent)
        {
            type = parent;
        }

        return type;
    }

    private static Dictionary<string, long> ReadFile(string file) =>
        File.Exists(file) ? JsonSerializer.Deserialize<Dictionary<string, long>>(File.ReadAllText(file)) ?? [] : [];

    private static IEnumerable<(string Name, string Value)> ParametersOf(object benchmark) =>
        benchmark.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.IsDefined(typeof(ParamsAttribute)) || p.IsDefined(typeof(ParamsSourceAttribute)))
            .Select(p => (p.Name, Text(p.GetValue(benchmark))));

    private static string KeyOf(Type type, IEnumerable<(string Name, string Value)> parameters) =>
        type.FullName + "|" + string.Join("|", parameters.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + "=" + p.Value));

    private static string FileFor(string folder, string key) =>
        Path.Combine(folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24] + ".json");

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
