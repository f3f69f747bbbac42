namespace GovSearch;

/// <summary>A document that cites another, with its references to it.</summary>
public sealed record CitingDocument
{
    /// <summary>The citing document's id.</summary>
    public required string Id { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Its date, if known.</summary>
    public DocumentDate? Date { get; init; }

    /// <summary>Its type, if known.</summary>
    public string? DocType { get; init; }

    /// <summary>Its references that resolve to the cited document, in text order (at least one).</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }
}
