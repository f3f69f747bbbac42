namespace GovSearch;

/// <summary>Options of <c>GovSearchIndex.GetEmergingTermsAsync</c>.</summary>
public sealed record EmergingTermsOptions
{
    /// <summary>The most terms one call returns.</summary>
    public const int MaximumTermsAllowed = 1000;

    /// <summary>The longest phrases considered, in words.</summary>
    public const int MaximumWordsAllowed = 5;

    /// <summary>The year whose new wording is wanted: 1 to 9,999. Required.</summary>
    public required int Year { get; init; }

    /// <summary>How many terms to return, highest statistic first: 1 to <see cref="MaximumTermsAllowed"/>. Default: 30.</summary>
    public int MaximumTerms { get; init; } = 30;

    /// <summary>The fewest occurrences in <see cref="Year"/> a term needs: 1 to 1,000,000. Default: 5.</summary>
    public int MinimumCount { get; init; } = 5;

    /// <summary>The longest phrases, in words (1 means single words only): 1 to <see cref="MaximumWordsAllowed"/>. Default: 3.</summary>
    public int MaximumWords { get; init; } = 3;

    /// <summary>Which documents are compared; its year bounds narrow the earlier years too. Default: <see cref="DocumentFilter.All"/>.</summary>
    public DocumentFilter Filter { get; init; } = DocumentFilter.All;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        Check(Year is >= 1 and <= 9999, nameof(Year), Year, "between 1 and 9,999");
        Check(MaximumTerms is >= 1 and <= MaximumTermsAllowed, nameof(MaximumTerms), MaximumTerms, $"between 1 and {MaximumTermsAllowed:N0}");
        Check(MinimumCount is >= 1 and <= 1_000_000, nameof(MinimumCount), MinimumCount, "between 1 and 1,000,000");
        Check(MaximumWords is >= 1 and <= MaximumWordsAllowed, nameof(MaximumWords), MaximumWords, $"between 1 and {MaximumWordsAllowed}");
        Check(Filter is not null, nameof(Filter), null, "a filter (DocumentFilter.All for every document)");
        Filter!.Validate("EmergingTermsOptions.Filter");
    }

    private static void Check(bool ok, string name, object? value, string allowed) => DocumentFilter.Check(ok, nameof(EmergingTermsOptions), name, value, allowed);
}
