using System.Globalization;

namespace GovSearch;

public sealed partial class GovSearchIndex
{
    /// <summary>The error for opening an index with another user dictionary than the one it recorded, or
    /// <see langword="null"/> when the dictionaries agree.</summary>
    internal static IndexFormatException? UserDictionaryMismatch(string path, AnalysisOptions recorded, AnalysisOptions wanted)
    {
        var have = recorded.UserWords.Count == 0 ? null : recorded.UserDictionaryHash();
        var want = wanted.UserWords.Count == 0 ? null : wanted.UserDictionaryHash();
        if (have == want)
        {
            return null;
        }

        return new IndexFormatException(path, string.Create(CultureInfo.InvariantCulture,
            $"The index at '{path}' was built with {DescribeUserDictionary(recorded)}, but the options give {DescribeUserDictionary(wanted)}; its documents were segmented with the recorded one. To change the dictionary, rebuild the index (govsearch index --rebuild --user-dict FILE PATHS..., or create a new index with the new AnalysisOptions.UserWords and add the documents again), or open it without analysis options to keep its own."));
    }

    /// <summary>"a user dictionary of 12 words (hash 0123456789abcdef)" or "no user dictionary".</summary>
    internal static string DescribeUserDictionary(AnalysisOptions analysis) =>
        analysis.UserWords.Count == 0
            ? "no user dictionary"
            : string.Create(CultureInfo.InvariantCulture, $"a user dictionary of {analysis.NormalizedUserWords().Count:N0} word{(analysis.NormalizedUserWords().Count == 1 ? "" : "s")} (hash {analysis.UserDictionaryHash()})");
}
