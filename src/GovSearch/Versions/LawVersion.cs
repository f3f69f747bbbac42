namespace GovSearch;

/// <summary>One version of a law: a document with the same normalized title as others and its own date.</summary>
public sealed record LawVersion
{
    /// <summary>The document's id.</summary>
    public required string Id { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Its date, if known.</summary>
    public DocumentDate? Date { get; init; }

    /// <summary>Whether it is the latest version in the index (the one the current filter keeps).</summary>
    public required bool IsCurrent { get; init; }
}
