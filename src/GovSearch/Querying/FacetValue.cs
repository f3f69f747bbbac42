namespace GovSearch;

/// <summary>One value of a facet and how many matching documents have it.</summary>
/// <param name="Value">The value, as given at indexing (a year or a topic id as digits); the matching filter of
/// <see cref="SearchOptions"/> takes it back.</param>
/// <param name="Count">The number of matching documents.</param>
public sealed record FacetValue(string Value, int Count);
