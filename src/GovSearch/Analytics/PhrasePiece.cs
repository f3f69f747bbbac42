namespace GovSearch.Analytics;

/// <summary>An index term that can cover part of a phrase: the term, where it starts relative to the phrase's first
/// character, and the phrase characters it covers as bits.</summary>
internal readonly record struct PhrasePiece(string Term, int Offset, ulong Covers);
