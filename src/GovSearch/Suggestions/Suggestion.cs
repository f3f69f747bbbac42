namespace GovSearch;

/// <summary>A completion of what a user is typing, from <see cref="GovSearchIndex.SuggestAsync"/>.</summary>
/// <param name="Text">The completion as the documents write it (its most frequent spelling), ready to search for.</param>
/// <param name="Score">The ranking score; higher first. How it is computed is described at <see cref="SuggestOptions"/>.</param>
/// <param name="Sources">Where the completion was found: titles, passage headings, protected formulations, frequent multi-word terms.</param>
/// <param name="Documents">The most documents any one of its sources found it in.</param>
public sealed record Suggestion(string Text, double Score, SuggestionSources Sources, int Documents);
