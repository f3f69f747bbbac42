namespace GovSearch;

/// <summary>
/// A folder does not hold a topic model this version of GovSearch can read: files are missing, it was written with
/// another topics schema version, or it is damaged. Nothing on disk was changed; train the model again.
/// </summary>
public sealed class TopicModelFormatException : GovSearchException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public TopicModelFormatException(string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The folder that was read.</summary>
    public string Path { get; }
}
