namespace GovSearch;

/// <summary>A passage of a hit that matched, with a highlighted snippet.</summary>
/// <param name="Number">The passage's number in its document, from 1.</param>
/// <param name="Start">The offset of the passage in the document's text (UTF-16 units).</param>
/// <param name="Length">The passage's length.</param>
/// <param name="Heading">Where the passage sits, such as "第二章 › 第十二条"; may be empty.</param>
/// <param name="Snippet">A window of the passage with each match between the highlight markers, escaped for HTML unless turned off.</param>
/// <param name="Matches">How many query terms occur in the passage, counting repeats.</param>
public sealed record HitPassage(int Number, int Start, int Length, string Heading, string Snippet, int Matches);
