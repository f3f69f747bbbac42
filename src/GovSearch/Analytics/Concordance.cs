namespace GovSearch;

/// <summary>The answer of <c>GovSearchIndex.GetConcordanceAsync</c>.</summary>
public sealed record Concordance
{
    /// <summary>The phrase as given.</summary>
    public required string Phrase { get; init; }

    /// <summary>How its occurrences were found.</summary>
    public required PhraseMatching Matching { get; init; }

    /// <summary>All its occurrences in the filtered documents, also those beyond <see cref="Lines"/>.</summary>
    public required long Occurrences { get; init; }

    /// <summary>The filtered documents that use it.</summary>
    public required int Documents { get; init; }

    /// <summary>The lines, by date (oldest first, undated last), then document id, then offset; at most
    /// <see cref="ConcordanceOptions.MaximumLines"/>.</summary>
    public required IReadOnlyList<ConcordanceLine> Lines { get; init; }
}
