namespace GovSearch.Documents.Formats;

/// <summary>What a reader took from a file.</summary>
/// <param name="Text">The text: one paragraph, heading or table row per line.</param>
/// <param name="Title">The title, or empty when the file has none.</param>
/// <param name="Date">The date the file states, or <see langword="null"/>.</param>
/// <param name="Headings">The lines of <paramref name="Text"/> the format marks as headings.</param>
internal sealed record ExtractedDocument(string Text, string Title, DocumentDate? Date, IReadOnlyList<TextHeading> Headings);
