namespace GovSearch;

/// <summary>Options of <c>GovSearchIndex.GetConcordanceAsync</c>.</summary>
public sealed record ConcordanceOptions
{
    /// <summary>The widest context allowed on each side.</summary>
    public const int MaximumWidth = 500;

    /// <summary>The most lines one call returns.</summary>
    public const int MaximumLinesAllowed = 10_000;

    /// <summary>The default options.</summary>
    public static ConcordanceOptions Default { get; } = new();

    /// <summary>Characters of context on each side of the phrase: 0 to <see cref="MaximumWidth"/>. Default: 30.</summary>
    public int Width { get; init; } = 30;

    /// <summary>The most lines returned, oldest first: 1 to <see cref="MaximumLinesAllowed"/>. Default: 100.</summary>
    public int MaximumLines { get; init; } = 100;

    /// <summary>Which documents are searched. Default: <see cref="DocumentFilter.All"/>.</summary>
    public DocumentFilter Filter { get; init; } = DocumentFilter.All;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        if (Width is < 0 or > MaximumWidth)
        {
            throw new ArgumentException($"ConcordanceOptions.Width is {Width}; it must be between 0 and {MaximumWidth}.", nameof(Width));
        }

        if (MaximumLines is < 1 or > MaximumLinesAllowed)
        {
            throw new ArgumentException($"ConcordanceOptions.MaximumLines is {MaximumLines}; it must be between 1 and {MaximumLinesAllowed:N0}.", nameof(MaximumLines));
        }

        if (Filter is null)
        {
            throw new ArgumentException("ConcordanceOptions.Filter is null; it must be a filter (DocumentFilter.All for every document).", nameof(Filter));
        }

        Filter.Validate("ConcordanceOptions.Filter");
    }
}
