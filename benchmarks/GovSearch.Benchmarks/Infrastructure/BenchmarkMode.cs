namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>How long and how carefully benchmarks run.</summary>
public enum BenchmarkMode
{
    /// <summary>BenchmarkDotNet's defaults: as many iterations as it takes for a stable result.</summary>
    Full,

    /// <summary>A few iterations per case, so a run of everything on the dev corpus takes minutes.</summary>
    Quick,

    /// <summary>Every benchmark method once, in process, on tiny inputs: a check that nothing has rotted.</summary>
    Smoke,
}
