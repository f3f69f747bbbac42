namespace GovSearch;

/// <summary>One of a topic's strongest words.</summary>
/// <param name="Word">The word: a Chinese word, or an English word in lower case as people write it, the most frequent
/// form of the analyzer's stem in the topic's top documents (so "country", not the stem "countri"; the stem itself when
/// none of those documents holds it).</param>
/// <param name="Weight">The probability of the word within the topic: greater than 0, less than 1.</param>
public sealed record TopicWord(string Word, double Weight);
