namespace GovSearch.AspNetCore.Endpoints;

/// <summary>The suggest endpoint's answer: the prefix as received and the completions, as <c>govsearch suggest --json</c> prints them.</summary>
internal sealed record SuggestView(string Prefix, IReadOnlyList<Suggestion> Suggestions);
