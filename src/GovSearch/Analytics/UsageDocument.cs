namespace GovSearch;

/// <summary>A document where a phrase was used: its id, title and date.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Date">Its date, or <see langword="null"/> when it has none.</param>
public sealed record UsageDocument(string Id, string Title, DocumentDate? Date);
