namespace GovSearch.Topics;

/// <summary>
/// The topic-word table of a model (<c>topics.json</c>): each topic's strongest words with their probabilities, and
/// each topic's share of the corpus. Saved because ML.NET cannot describe topics of a model it has loaded.
/// </summary>
/// <param name="Weights">Each topic's share of the corpus's topic mass, by topic id.</param>
/// <param name="Words">Each topic's strongest words, strongest first (ties in ordinal order), by topic id; up to
/// <see cref="TopicModel.StoredWordsPerTopic"/> per topic.</param>
internal sealed record TopicWordTable(IReadOnlyList<double> Weights, IReadOnlyList<IReadOnlyList<TopicWord>> Words);
