namespace GovSearch;

/// <summary>A word or phrase whose use rose in the year against the years before.</summary>
public sealed record EmergingTerm
{
    /// <summary>The term as the text of its first occurrence in the year writes it.</summary>
    public required string Text { get; init; }

    /// <summary>How many index words it spans (1 for a single word).</summary>
    public required int Words { get; init; }

    /// <summary>Occurrences in the year's texts.</summary>
    public required long Count { get; init; }

    /// <summary>Occurrences in the earlier years' texts.</summary>
    public required long EarlierCount { get; init; }

    /// <summary>Documents of the year that use it.</summary>
    public required int Documents { get; init; }

    /// <summary>Occurrences per million characters of the year's text.</summary>
    public required double PerMillionCharacters { get; init; }

    /// <summary>Occurrences per million characters of the earlier years' text.</summary>
    public required double EarlierPerMillionCharacters { get; init; }

    /// <summary>Dunning's log-likelihood G² of the year against the earlier years (higher: less likely to be chance;
    /// 3.84 is p &lt; 0.05, 10.83 is p &lt; 0.001, one degree of freedom).</summary>
    public required double LogLikelihood { get; init; }
}
