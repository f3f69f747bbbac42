namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// The shape of one real document, without its words: what the synthetic generator copies so that language,
/// type, date, source, title length, passages per document and passage lengths keep their joint distribution.
/// </summary>
/// <param name="Language">The document's language tag ("zh", "en", ...), or empty when it has none.</param>
/// <param name="DocType">The document type, if any.</param>
/// <param name="Date">The date as written in the corpus ("yyyy", "yyyy-MM" or "yyyy-MM-dd"), if any.</param>
/// <param name="Source">The source, if any.</param>
/// <param name="TitleLength">The title's length in characters.</param>
/// <param name="PassageLengths">The length in characters of each passage GovSearch cuts the text into.</param>
internal sealed record DocumentSkeleton(
    string Language, string? DocType, string? Date, string? Source, int TitleLength, int[] PassageLengths);
