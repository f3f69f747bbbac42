namespace GovSearch;

/// <summary>Options of <c>GovSearchIndex.GetUsageAsync</c>.</summary>
public sealed record UsageOptions
{
    /// <summary>The most phrases one call counts.</summary>
    public const int MaximumPhrases = 20;

    /// <summary>The longest phrase, in characters after trimming.</summary>
    public const int MaximumPhraseLength = 64;

    /// <summary>The default options.</summary>
    public static UsageOptions Default { get; } = new();

    /// <summary>How the rows group the documents. Default: <see cref="UsageDimension.Year"/>.</summary>
    public UsageDimension By { get; init; } = UsageDimension.Year;

    /// <summary>Which documents are counted (both the occurrences and the characters). Default: <see cref="DocumentFilter.All"/>.</summary>
    public DocumentFilter Filter { get; init; } = DocumentFilter.All;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(By))
        {
            throw new ArgumentException($"UsageOptions.By is {By}; it must be Year, Source or DocType.", nameof(By));
        }

        if (Filter is null)
        {
            throw new ArgumentException("UsageOptions.Filter is null; it must be a filter (DocumentFilter.All for every document).", nameof(Filter));
        }

        Filter.Validate("UsageOptions.Filter");
    }
}
