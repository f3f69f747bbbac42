namespace GovSearch.AspNetCore.Endpoints;

/// <summary>One year or source of a trends table.</summary>
/// <param name="Row">The year (digits) or source.</param>
/// <param name="Documents">How many documents it holds.</param>
/// <param name="Shares">Each shown topic's share, in the order of <see cref="TrendsView.Topics"/>.</param>
internal sealed record TrendRowView(string Row, int Documents, IReadOnlyList<double> Shares);
