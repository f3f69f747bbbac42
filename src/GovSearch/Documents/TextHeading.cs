namespace GovSearch.Documents;

/// <summary>
/// A heading line that a document's format marks as one (a DOCX heading style, an HTML <c>h1</c>–<c>h6</c>, a PDF line
/// set larger or bolder than the body), so passages follow the document's own structure.
/// </summary>
/// <param name="Start">The offset of the heading line's first character in the text, in UTF-16 units.</param>
/// <param name="Level">Its depth, from 1 (the outermost) to 6.</param>
internal readonly record struct TextHeading(int Start, int Level);
