namespace GovSearch;

/// <summary>One translation a cross-lingual search used: a source term of the query, one of its target terms and its weight.</summary>
/// <param name="Source">The source term or phrase as the index holds it (English stemmed, such as <c>reform</c>; Chinese words, phrase terms separated by one space).</param>
/// <param name="Target">The target term or phrase in the other language, in the same form.</param>
/// <param name="Weight">The target's learned translation probability, above 0 and at most 1; a source's targets sum to about 1. It is the boost of the target's term query.</param>
public sealed record QueryTranslation(string Source, string Target, double Weight);
