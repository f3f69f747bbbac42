namespace GovSearch;

/// <summary>
/// A call needs a topic model (hybrid search, a topic filter, <see cref="GovSearchIndex.GetTopics"/>, trends, similar
/// documents) and the index has none, or its model was refused when the index opened. The message says which, and
/// how to train one (<see cref="GovSearchIndex.TrainTopicsAsync(TopicModelOptions?, CancellationToken)"/>, or <c>govsearch index … --topics N</c>).
/// </summary>
public sealed class TopicModelMissingException : GovSearchException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What needed the model, and why there is none.</param>
    public TopicModelMissingException(string message)
        : base(message)
    {
    }
}
