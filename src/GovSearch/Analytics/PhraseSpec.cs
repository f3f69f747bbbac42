using GovSearch.Analysis;

namespace GovSearch.Analytics;

/// <summary>A phrase read for counting: Han characters (normalized as the index normalizes them) or the index's words
/// with their relative positions.</summary>
internal sealed record PhraseSpec(string Phrase, PhraseMatching Matching, string Characters, IReadOnlyList<(string Term, int Position)> Words)
{
    /// <summary>Reads a phrase: Han characters only (after trimming and normalization) are matched as characters, anything
    /// else as the words the query analyzer gives.</summary>
    /// <exception cref="ArgumentException">The phrase is empty, too long, or holds no word the index keeps.</exception>
    public static PhraseSpec Read(string phrase, bool convertTraditional, Func<string, List<(string Term, int Position)>> analyze)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var trimmed = phrase.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("The phrase is empty; give the words or characters to count.", nameof(phrase));
        }

        if (trimmed.Length > UsageOptions.MaximumPhraseLength)
        {
            throw new ArgumentException($"The phrase '{Cut(trimmed)}' has {trimmed.Length} characters; a phrase may have at most {UsageOptions.MaximumPhraseLength}.", nameof(phrase));
        }

        var normalized = TextNormalizer.Normalize(trimmed, convertTraditional);
        if (normalized.All(CharClass.IsHan))
        {
            return new PhraseSpec(phrase, PhraseMatching.Characters, normalized, []);
        }

        var words = analyze(trimmed);
        if (words.Count == 0)
        {
            throw new ArgumentException($"The phrase '{trimmed}' holds no word the index keeps (only stop words, punctuation or symbols).", nameof(phrase));
        }

        var first = words[0].Position;
        return new PhraseSpec(phrase, PhraseMatching.Words, normalized, words.Select(w => (w.Term, w.Position - first)).ToList());
    }

    private static string Cut(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
