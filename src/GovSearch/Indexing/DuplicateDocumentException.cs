namespace GovSearch;

/// <summary>A document was added with an id the index already holds. Use <see cref="GovSearchIndex.UpdateAsync"/> to replace it.</summary>
public sealed class DuplicateDocumentException : GovSearchException
{
    /// <summary>Creates the exception for an id.</summary>
    public DuplicateDocumentException(string id)
        : base($"The index already holds a document with id '{id}'. Use UpdateAsync to replace it, or give the new document another id.")
    {
        Id = id;
    }

    /// <summary>The id.</summary>
    public string Id { get; }
}
