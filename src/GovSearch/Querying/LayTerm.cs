namespace GovSearch.Querying;

/// <summary>A word-field term of the legal wording a thesaurus expansion added to a query (see <see cref="SearchOptions.ExpandLayTerms"/>).</summary>
/// <param name="Term">The analyzed term, as the text field holds it.</param>
/// <param name="Quality">How surely the query asked for it: 1 when a phrase of the query stands verbatim in the thesaurus,
/// otherwise the best soft match's quality (<see cref="SearchOptions.SoftLayTermMatch"/>) among the phrases that gave it.</param>
internal readonly record struct LayTerm(string Term, float Quality);
