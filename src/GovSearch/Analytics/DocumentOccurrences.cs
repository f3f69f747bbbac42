namespace GovSearch.Analytics;

/// <summary>Where a phrase occurs in one document: the start and end offsets (UTF-16) in its text, in text order.</summary>
/// <param name="Leaf">The segment.</param>
/// <param name="Doc">The document's number within the segment.</param>
/// <param name="Global">The document's number in the whole reader.</param>
/// <param name="Starts">Start offsets, ascending.</param>
/// <param name="Ends">The matching end offsets.</param>
internal sealed record DocumentOccurrences(int Leaf, int Doc, int Global, int[] Starts, int[] Ends);
