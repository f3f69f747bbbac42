namespace GovSearch.AspNetCore.Endpoints;

/// <summary>Topic shares by year or source: the JSON of <c>govsearch trends --json</c>.</summary>
/// <param name="By">"year" or "source".</param>
/// <param name="Topics">The topics shown, in the order of each row's shares.</param>
/// <param name="Rows">One row per year or source.</param>
internal sealed record TrendsView(string By, IReadOnlyList<TrendTopicView> Topics, IReadOnlyList<TrendRowView> Rows);
