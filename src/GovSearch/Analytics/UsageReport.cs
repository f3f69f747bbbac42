namespace GovSearch;

/// <summary>The answer of <c>GovSearchIndex.GetUsageAsync</c>: each phrase's use over years, sources or types.</summary>
/// <param name="By">How the rows group the documents.</param>
/// <param name="Phrases">One entry per phrase, in the order given.</param>
public sealed record UsageReport(UsageDimension By, IReadOnlyList<PhraseUsage> Phrases);
