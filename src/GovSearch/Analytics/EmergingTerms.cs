namespace GovSearch;

/// <summary>The answer of <c>GovSearchIndex.GetEmergingTermsAsync</c>.</summary>
public sealed record EmergingTerms
{
    /// <summary>The year examined.</summary>
    public required int Year { get; init; }

    /// <summary>The earliest earlier year with documents, or <see langword="null"/> when there is none.</summary>
    public required int? EarliestYear { get; init; }

    /// <summary>The year's documents (after the filter).</summary>
    public required int Documents { get; init; }

    /// <summary>The earlier years' documents (after the filter).</summary>
    public required int EarlierDocuments { get; init; }

    /// <summary>The length of the year's texts, in characters.</summary>
    public required long Characters { get; init; }

    /// <summary>The length of the earlier years' texts, in characters.</summary>
    public required long EarlierCharacters { get; init; }

    /// <summary>What the ranking statistic is, in one sentence.</summary>
    public required string Statistic { get; init; }

    /// <summary>The terms, highest log-likelihood first (ties by text, ordinal).</summary>
    public required IReadOnlyList<EmergingTerm> Terms { get; init; }
}
