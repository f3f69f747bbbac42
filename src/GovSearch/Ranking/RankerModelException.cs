namespace GovSearch;

/// <summary>A learned-ranker file cannot be used: it is not a ranker file, it is damaged, or it was trained on other features.
/// The message names the file and says how to make a usable one (<c>govsearch train-ranker</c>).</summary>
public sealed class RankerModelException : GovSearchException
{
    /// <summary>Creates the exception with a message.</summary>
    public RankerModelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public RankerModelException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
