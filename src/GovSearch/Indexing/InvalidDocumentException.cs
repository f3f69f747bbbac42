namespace GovSearch;

/// <summary>A document cannot be indexed: it is empty, too long, has an unknown language, or its id breaks the rules at
/// <see cref="GovDocument.Id"/>. Nothing was written.</summary>
public sealed class InvalidDocumentException : GovSearchException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="message">What is wrong.</param>
    public InvalidDocumentException(string id, string message)
        : base(message)
    {
        Id = id;
    }

    /// <summary>The document's id.</summary>
    public string Id { get; }
}
