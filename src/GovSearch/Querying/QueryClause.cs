namespace GovSearch.Querying;

/// <summary>One searchable part of a parsed query: loose words or an exact phrase.</summary>
/// <param name="IsPhrase">True for a quoted phrase.</param>
/// <param name="Text">The words, without quotes or operator.</param>
/// <param name="Position">Where the clause starts in the query text.</param>
/// <param name="Length">How many characters of the query it spans.</param>
/// <param name="Negated">True when prefixed by '-': matching documents are excluded.</param>
internal sealed record QueryClause(bool IsPhrase, string Text, int Position, int Length, bool Negated);
