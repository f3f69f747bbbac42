namespace GovSearch.Citations;

/// <summary>One reference to a law found in a text, as indexing keeps it.</summary>
/// <param name="Start">Where the reference starts in the text (the 《, or the title of a short form), in UTF-16 units.</param>
/// <param name="Length">Its length, article included.</param>
/// <param name="Title">The cited title as written, without 《》.</param>
/// <param name="Key">The cited title's key (<see cref="LawTitles.Key"/>).</param>
/// <param name="Article">The article cited, as written (第十二条第一款, Article V, Section 2), or empty.</param>
internal sealed record ExtractedCitation(int Start, int Length, string Title, string Key, string Article);
