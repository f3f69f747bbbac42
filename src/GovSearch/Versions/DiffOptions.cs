namespace GovSearch;

/// <summary>Settings of <see cref="GovSearchIndex.DiffAsync"/>.</summary>
public sealed record DiffOptions
{
    /// <summary>The default options.</summary>
    public static DiffOptions Default { get; } = new();

    /// <summary>
    /// How alike two articles with different words must be to count as one amended article rather than one removed and
    /// one added: the Dice coefficient of their character bigrams, 0 (exclusive) to 1. Articles are first matched when
    /// their words are the same (whatever their numbers), then by similarity, highest first, with a small preference
    /// for the same number. Default: 0.4.
    /// </summary>
    public double MinimumSimilarity { get; init; } = 0.4;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        if (!(MinimumSimilarity > 0 && MinimumSimilarity <= 1))
        {
            throw new ArgumentException($"DiffOptions.MinimumSimilarity is {MinimumSimilarity}; it must be more than 0 and at most 1.", nameof(MinimumSimilarity));
        }
    }
}
