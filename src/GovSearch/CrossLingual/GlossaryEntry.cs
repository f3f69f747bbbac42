namespace GovSearch.CrossLingual;

/// <summary>One line of a glossary: a Chinese term and its English renderings, the official one first.</summary>
/// <param name="Chinese">The Chinese term, as the law or report writes it.</param>
/// <param name="English">The English renderings, at least one.</param>
/// <param name="Category">The kind of term (law, body, concept ...); empty when the line gives none.</param>
/// <param name="Line">The line number in its file, for messages.</param>
internal sealed record GlossaryEntry(string Chinese, IReadOnlyList<string> English, string Category, int Line);
