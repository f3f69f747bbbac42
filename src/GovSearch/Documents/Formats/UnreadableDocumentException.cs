namespace GovSearch.Documents.Formats;

/// <summary>A file its format's reader cannot take; the message says why, for a user.</summary>
internal sealed class UnreadableDocumentException : GovSearchException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, as a sentence a user can act on.</param>
    /// <param name="line">The 1-based line at fault in a text file, if any.</param>
    /// <param name="innerException">The library error behind it, if any.</param>
    public UnreadableDocumentException(string message, int? line = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Line = line;
    }

    /// <summary>The 1-based line at fault, if any.</summary>
    public int? Line { get; }
}
