namespace GovSearch.CrossLingual;

/// <summary>
/// One target of a source term: the target as index terms (several, separated by one space, for a phrase) and its
/// weight in the source term's synonym group (the weights of a source term sum to 1).
/// </summary>
internal sealed record TermTranslation(string Target, double Probability)
{
    /// <summary>The index terms of the target, in order (one for a word, several for a phrase).</summary>
    public IReadOnlyList<string> Terms => Target.Split(' ');

    /// <summary>
    /// The positions of <see cref="Terms"/> relative to the first, when they are not consecutive (a glossary phrase
    /// whose stop words the analysis dropped); <see langword="null"/> for consecutive terms. Not saved with a table.
    /// </summary>
    public IReadOnlyList<int>? Positions { get; init; }
}
