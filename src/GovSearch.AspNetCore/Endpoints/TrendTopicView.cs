namespace GovSearch.AspNetCore.Endpoints;

/// <summary>A topic of a trends table.</summary>
/// <param name="Id">The topic id.</param>
/// <param name="Label">Its label.</param>
internal sealed record TrendTopicView(int Id, string Label);
