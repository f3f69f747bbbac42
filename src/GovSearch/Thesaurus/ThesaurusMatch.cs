namespace GovSearch.Thesaurus;

/// <summary>An everyday phrase found in a query text.</summary>
/// <param name="Entry">The thesaurus entry that matched.</param>
/// <param name="Start">Where the phrase starts in the searched text.</param>
/// <param name="Length">How many characters it spans.</param>
internal sealed record ThesaurusMatch(ThesaurusEntry Entry, int Start, int Length);
