namespace GovSearch;

/// <summary>The base of every error GovSearch raises on purpose. Its message says what is wrong and what to do.</summary>
public class GovSearchException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public GovSearchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public GovSearchException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
