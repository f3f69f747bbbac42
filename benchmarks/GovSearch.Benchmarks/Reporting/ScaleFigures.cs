namespace GovSearch.Benchmarks.Reporting;

/// <summary>One method's figures at one size of the scale benchmark.</summary>
/// <param name="BuildSeconds">The mean build time.</param>
/// <param name="IndexMB">The committed index, in 10^6 bytes.</param>
/// <param name="PeakMB">The peak resident memory during a build, in 10^6 bytes.</param>
/// <param name="P50Ms">The median query latency (GovSearch: default options).</param>
/// <param name="P99Ms">The 99th percentile query latency.</param>
/// <param name="LeanP50Ms">GovSearch's median latency without facets and snippets; none for the baseline.</param>
/// <param name="LeanP99Ms">GovSearch's 99th percentile latency without facets and snippets.</param>
internal sealed record ScaleFigures(
    double? BuildSeconds, double? IndexMB, double? PeakMB, double? P50Ms, double? P99Ms, double? LeanP50Ms, double? LeanP99Ms);
