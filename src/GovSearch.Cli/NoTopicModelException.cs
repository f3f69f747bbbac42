namespace GovSearch.Cli;

/// <summary>A verb needs a topic model the index does not have (or refused); mapped to <see cref="ExitCodes.NoTopics"/>.</summary>
internal sealed class NoTopicModelException(string message) : Exception(message);
