namespace GovSearch.CrossLingual;

/// <summary>
/// A Chinese text and its English translation, aligned as a unit (an article, a paragraph or a group of sentences).
/// </summary>
/// <param name="Source">Where the pair comes from, such as <c>gwr-2019</c> or <c>prc-const-art-1</c>.</param>
/// <param name="Chinese">The Chinese side.</param>
/// <param name="English">The English side.</param>
internal sealed record AlignedPair(string Source, string Chinese, string English);
