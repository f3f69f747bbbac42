namespace GovSearch.CrossLingual;

/// <summary>Settings for learning a <see cref="TranslationTable"/>; the defaults build the shipped table.</summary>
internal sealed record TranslationLearningOptions
{
    /// <summary>EM iterations of IBM Model 1 in each direction, 1 to 100. Default: 8.</summary>
    public int Iterations { get; init; } = 8;

    /// <summary>Targets kept per source term, 1 to 50. Default: 5.</summary>
    public int MaximumTranslations { get; init; } = 5;

    /// <summary>
    /// The smallest symmetrised score (the geometric mean of t(f | e) and t(e | f)) a pair needs to be kept, in (0, 1).
    /// Default: 0.02.
    /// </summary>
    public double MinimumScore { get; init; } = 0.02;

    /// <summary>How many aligned pairs a term must occur in to get translations or be one, at least 1. Default: 3.</summary>
    public int MinimumSourceCount { get; init; } = 3;

    /// <summary>How many aligned pairs each side of a phrase pair must occur in, at least 2. Default: 5.</summary>
    public int MinimumPhraseCount { get; init; } = 5;

    /// <summary>
    /// The share of each side's pairs that a phrase pair must share, in (0.5, 1]: 0.8 keeps phrases that are
    /// translated the same way at least 4 times in 5. Default: 0.8.
    /// </summary>
    public double MinimumPhraseConsistency { get; init; } = 0.8;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        if (Iterations is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(Iterations), Iterations, "TranslationLearningOptions.Iterations must be 1 to 100.");
        }

        if (MaximumTranslations is < 1 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(MaximumTranslations), MaximumTranslations, "TranslationLearningOptions.MaximumTranslations must be 1 to 50.");
        }

        if (MinimumScore is <= 0 or >= 1 || double.IsNaN(MinimumScore))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumScore), MinimumScore, "TranslationLearningOptions.MinimumScore must be between 0 and 1, both excluded.");
        }

        if (MinimumPhraseCount < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumPhraseCount), MinimumPhraseCount, "TranslationLearningOptions.MinimumPhraseCount must be at least 2.");
        }

        if (MinimumPhraseConsistency is <= 0.5 or > 1 || double.IsNaN(MinimumPhraseConsistency))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumPhraseConsistency), MinimumPhraseConsistency, "TranslationLearningOptions.MinimumPhraseConsistency must be above 0.5 and at most 1.");
        }

        if (MinimumSourceCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumSourceCount), MinimumSourceCount, "TranslationLearningOptions.MinimumSourceCount must be at least 1.");
        }
    }
}
