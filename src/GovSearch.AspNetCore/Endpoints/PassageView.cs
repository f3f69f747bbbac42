namespace GovSearch.AspNetCore.Endpoints;

/// <summary>One passage of a document with its text.</summary>
/// <param name="Number">The passage's number, from 1.</param>
/// <param name="Start">Its offset in the document's text (UTF-16 units).</param>
/// <param name="Length">Its length.</param>
/// <param name="Heading">Where it sits, such as "第二章 › 第十二条"; may be empty.</param>
/// <param name="Text">Its text.</param>
internal sealed record PassageView(int Number, int Start, int Length, string Heading, string Text);
