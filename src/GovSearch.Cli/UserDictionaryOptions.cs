using GovSearch.Storage;

namespace GovSearch.Cli;

/// <summary><c>index --user-dict</c>: the analysis options to create an index with, and the check that an existing index
/// was built with the same dictionary.</summary>
internal static class UserDictionaryOptions
{
    /// <summary>
    /// The analysis options for <c>index</c>: for an existing index, <see langword="null"/> (keep the recorded ones) after
    /// checking that <paramref name="userWords"/>, when given, is the dictionary it was built with, or its recorded
    /// options with bigrams when <c>--bigrams</c> is given (which opening then checks); for a new index, the defaults
    /// with <c>--bigrams</c> and the user words applied.
    /// </summary>
    /// <exception cref="IndexFormatException">The existing index was built with another user dictionary (or none): the
    /// message says how to rebuild it.</exception>
    public static AnalysisOptions? For(string target, bool bigrams, IReadOnlyList<string>? userWords, IReadOnlyList<string> files)
    {
        var wanted = userWords is null ? null : AnalysisOptions.Default with { CharacterBigrams = bigrams || AnalysisOptions.Default.CharacterBigrams, UserWords = userWords };
        if (!IndexStorage.HoldsFiles(target))
        {
            return wanted ?? (bigrams ? AnalysisOptions.Default with { CharacterBigrams = true } : null);
        }

        if (wanted is null && !bigrams)
        {
            return null;
        }

        using var existing = GovSearchIndex.Open(target, new GovSearchIndexOptions { ReadOnly = true });
        var recorded = existing.Analysis;
        if (wanted is not null && GovSearchIndex.UserDictionaryMismatch(target, recorded, wanted) is not null)
        {
            throw new IndexFormatException(target,
                $"--user-dict {string.Join(" --user-dict ", files)}: the index at {target} was built with {GovSearchIndex.DescribeUserDictionary(recorded)}, but these files make {GovSearchIndex.DescribeUserDictionary(wanted)}; its documents were segmented with the recorded one. Rebuild it with the new dictionary: govsearch index --rebuild --index {target} --user-dict FILE PATHS...");
        }

        // --bigrams on an existing index must match its recorded setting: opening checks it.
        return bigrams ? recorded with { CharacterBigrams = true } : null;
    }
}
