namespace GovSearch.Topics;

/// <summary>A <see cref="TopicVocabulary"/> as saved (<c>vocabulary.json</c>). The lists run in index order.</summary>
/// <param name="DocumentCount">The number of units the vocabulary was built from.</param>
/// <param name="Terms">The words.</param>
/// <param name="DocumentFrequencies">The number of units each word occurs in.</param>
/// <param name="Frequencies">The number of occurrences of each word.</param>
internal sealed record SavedVocabulary(int DocumentCount, IReadOnlyList<string> Terms, IReadOnlyList<int> DocumentFrequencies, IReadOnlyList<long> Frequencies);
