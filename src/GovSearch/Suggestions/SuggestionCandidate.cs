namespace GovSearch.Suggestions;

/// <summary>One distinct candidate of a <see cref="SuggestionTable"/>.</summary>
internal sealed record SuggestionCandidate(string Key, string Text, double Score, SuggestionSources Sources, int Documents);
