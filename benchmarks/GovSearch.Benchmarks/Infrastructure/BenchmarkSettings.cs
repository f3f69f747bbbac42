namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// What a benchmark process works on. BenchmarkDotNet runs each benchmark in a child process, so the host passes
/// these through environment variables; the in-process smoke runner sets them directly with <see cref="Use"/>.
/// </summary>
public sealed record BenchmarkSettings
{
    /// <summary>The corpus: a .jsonl file or a folder of text files.</summary>
    public const string CorpusVariable = "GOVSEARCH_BENCH_CORPUS";

    /// <summary>The folder of prebuilt indexes, reused across benchmark processes and runs.</summary>
    public const string CacheVariable = "GOVSEARCH_BENCH_CACHE";

    /// <summary>The folder where benchmark processes leave input sizes, index sizes and hit counts for the report.</summary>
    public const string MetricsVariable = "GOVSEARCH_BENCH_METRICS";

    /// <summary>The folder for throwaway indexes built during a measurement.</summary>
    public const string WorkVariable = "GOVSEARCH_BENCH_WORK";

    /// <summary>The folder of the prebuilt indexes the host made ready, so benchmark processes use exactly those.</summary>
    public const string PrebuiltVariable = "GOVSEARCH_BENCH_PREBUILT";

    /// <summary>"quick" or "full" ("smoke" runs in process and is never exported).</summary>
    public const string ModeVariable = "GOVSEARCH_BENCH_MODE";

    private static readonly AsyncLocal<BenchmarkSettings?> Override = new();

    /// <summary>The corpus path: a .jsonl file or a folder of text files.</summary>
    public required string CorpusPath { get; init; }

    /// <summary>Where prebuilt indexes are kept.</summary>
    public required string CacheFolder { get; init; }

    /// <summary>Where throwaway indexes go.</summary>
    public required string WorkFolder { get; init; }

    /// <summary>Where metrics for the report go, or <see langword="null"/> to keep none.</summary>
    public string? MetricsFolder { get; init; }

    /// <summary>The folder of prebuilt indexes made ready by the host, or <see langword="null"/> to find or build them
    /// in <see cref="CacheFolder"/>.</summary>
    public string? PrebuiltFolder { get; init; }

    /// <summary>The run mode.</summary>
    public BenchmarkMode Mode { get; init; } = BenchmarkMode.Full;

    /// <summary>The settings of this process: those given to <see cref="Use"/>, else the environment's.</summary>
    public static BenchmarkSettings Current => Override.Value ?? FromEnvironment();

    /// <summary>Makes <paramref name="settings"/> current for the calling flow until the result is disposed.</summary>
    public static IDisposable Use(BenchmarkSettings settings)
    {
        var previous = Override.Value;
        Override.Value = settings;
        return new Restore(previous);
    }

    /// <summary>Reads the settings the host put in the environment.</summary>
    /// <exception cref="InvalidOperationException">No corpus is set.</exception>
    public static BenchmarkSettings FromEnvironment()
    {
        var corpus = Environment.GetEnvironmentVariable(CorpusVariable);
        if (string.IsNullOrWhiteSpace(corpus))
        {
            throw new InvalidOperationException(
                $"{CorpusVariable} is not set. Start the benchmarks through GovSearch.Benchmarks' Program (dotnet run -c Release --project benchmarks/GovSearch.Benchmarks), which sets it from --corpus or GOVSEARCH_CORPUS.");
        }

        var scratch = Path.Combine(Path.GetTempPath(), "govsearch-bench");
        return new BenchmarkSettings
        {
            CorpusPath = corpus,
            CacheFolder = Variable(CacheVariable) ?? Path.Combine(scratch, "cache"),
            WorkFolder = Variable(WorkVariable) ?? Path.Combine(scratch, "work"),
            MetricsFolder = Variable(MetricsVariable),
            PrebuiltFolder = Variable(PrebuiltVariable),
            Mode = string.Equals(Variable(ModeVariable), "quick", StringComparison.OrdinalIgnoreCase) ? BenchmarkMode.Quick : BenchmarkMode.Full,
        };
    }

    /// <summary>Puts the settings in this process's environment, for the benchmark processes it starts.</summary>
    public void Export()
    {
        Environment.SetEnvironmentVariable(CorpusVariable, CorpusPath);
        Environment.SetEnvironmentVariable(CacheVariable, CacheFolder);
        Environment.SetEnvironmentVariable(WorkVariable, WorkFolder);
        Environment.SetEnvironmentVariable(MetricsVariable, MetricsFolder);
        Environment.SetEnvironmentVariable(PrebuiltVariable, PrebuiltFolder);
        Environment.SetEnvironmentVariable(ModeVariable, Mode == BenchmarkMode.Quick ? "quick" : "full");
    }

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    private sealed class Restore(BenchmarkSettings? previous) : IDisposable
    {
        public void Dispose() => Override.Value = previous;
    }
}
