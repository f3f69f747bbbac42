namespace GovSearch;

/// <summary>A document as the index holds it: with its detected language and its passages.</summary>
/// <param name="Document">The document; <see cref="GovDocument.Language"/> is the detected one where none was given.</param>
/// <param name="Passages">Its passages, in order.</param>
public sealed record IndexedDocument(GovDocument Document, IReadOnlyList<Passage> Passages);
