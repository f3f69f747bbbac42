namespace GovSearch;

/// <summary>One occurrence of a phrase in its context (keyword in context).</summary>
public sealed record ConcordanceLine
{
    /// <summary>The document's id.</summary>
    public required string DocumentId { get; init; }

    /// <summary>The document's title.</summary>
    public required string Title { get; init; }

    /// <summary>The document's date, or <see langword="null"/>.</summary>
    public required DocumentDate? Date { get; init; }

    /// <summary>The heading path of the passage holding the occurrence (such as 第二章 › 第十二条); empty when the text has no structure.</summary>
    public required string Heading { get; init; }

    /// <summary>The offset of the occurrence in the document's text, in UTF-16 units.</summary>
    public required int Start { get; init; }

    /// <summary>The context before it, line breaks as spaces.</summary>
    public required string Left { get; init; }

    /// <summary>The occurrence as the text writes it (traditional characters stay traditional).</summary>
    public required string Match { get; init; }

    /// <summary>The context after it, line breaks as spaces.</summary>
    public required string Right { get; init; }
}
