namespace GovSearch;

/// <summary>
/// One structural unit of a document's text: an article, a numbered section or a paragraph, with the headings above it.
/// </summary>
/// <param name="Number">The passage's number within its document, from 1. Stable for the same text.</param>
/// <param name="Start">The offset of its first character in <see cref="GovDocument.Text"/>, in UTF-16 units.</param>
/// <param name="Length">Its length in UTF-16 units.</param>
/// <param name="Heading">Where it sits: the chapter or section headings above it and its own article or item marker,
/// joined by " › " (for example "第二章 监督管理 › 第十二条"); empty when the text has no structure.</param>
public sealed record Passage(int Number, int Start, int Length, string Heading)
{
    /// <summary>The offset just past its last character.</summary>
    public int End => Start + Length;

    /// <summary>Returns this passage's text from the document's full text.</summary>
    /// <param name="text">The <see cref="GovDocument.Text"/> the passage was cut from.</param>
    public string TextOf(string text) => text.Substring(Start, Length);
}
