namespace GovSearch.Querying;

/// <summary>A word-field term of the legal wording a thesaurus expansion added to a query (see <see cref="SearchOptions.ExpandLayTerms"/>).</summary>
/// <param name="Term">The analyzed term, as the text field holds it.</param>
/// <param name="Quality">How surely the query asked for it: 1 when a phrase of the query stands verbatim in the thesaurus,
/// otherwise the best soft match's quality (<see cref="SearchOptions.SoftLayTermMatch"/>) among the phrases that gave it.</param>
/// <param name="Chinese">Whether the legal alternative that first gave it is written in Chinese (holds a Han character):
/// the coverage share is taken per script of the wording, so a number or Latin word inside Chinese wording (the 3 of
/// 3岁以下婴幼儿照护, the app of App违法违规收集使用个人信息) counts with the Chinese terms, not alone.</param>
internal readonly record struct LayTerm(string Term, float Quality, bool Chinese);
