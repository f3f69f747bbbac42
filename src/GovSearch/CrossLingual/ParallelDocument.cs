namespace GovSearch.CrossLingual;

/// <summary>A whole document in Chinese and its whole English translation, linked by <c>parallel_id</c>.</summary>
/// <param name="ParallelId">The shared <c>parallel_id</c>, such as <c>gwr-2019</c>.</param>
/// <param name="Year">The work report's year, from the id; null for other documents.</param>
/// <param name="Chinese">The Chinese text.</param>
/// <param name="English">The English text.</param>
internal sealed record ParallelDocument(string ParallelId, int? Year, string Chinese, string English);
