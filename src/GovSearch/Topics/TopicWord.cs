namespace GovSearch.Topics;

/// <summary>One of a topic's strongest words.</summary>
/// <param name="Word">The word as the index analyzes it: a Chinese word, or an English word in lower case and stemmed
/// (so "governance" shows as "govern").</param>
/// <param name="Weight">The probability of the word within the topic: greater than 0, less than 1.</param>
public sealed record TopicWord(string Word, double Weight);
