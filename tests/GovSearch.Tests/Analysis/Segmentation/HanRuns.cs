using GovSearch.Analysis;
using GovSearch.Benchmarks.Infrastructure;

namespace GovSearch.Tests.Analysis.Segmentation;

/// <summary>
/// The Han texts GovTokenizer hands to its segmenter for a document: every run of Han characters of the normalized
/// text (in pieces of at most 1,024), and, with the default protected terms, the plain pieces between protected
/// formulations and the formulations themselves (which index mode segments too). Only texts of two or more
/// characters, since the tokenizer keeps a single character without asking the segmenter.
/// </summary>
internal static class HanRuns
{
    private static readonly ProtectedTermMatcher ProtectedTerms = new(AnalysisOptions.Default.NormalizedProtectedTerms());

    public static IEnumerable<string> Of(string text)
    {
        foreach (var run in HanRunBatches.RunsOf(text))
        {
            yield return run;
            foreach (var piece in ProtectedPieces(run.ToCharArray(), 0, run.Length))
            {
                yield return piece;
            }
        }
    }

    private static IEnumerable<string> ProtectedPieces(char[] buffer, int start, int end)
    {
        var plainStart = start;
        var i = start;
        var split = false;
        while (i < end)
        {
            var match = ProtectedTerms.LongestAt(buffer, i, end);
            if (match == 0)
            {
                i++;
                continue;
            }

            split = true;
            if (i - plainStart >= 2)
            {
                yield return new string(buffer, plainStart, i - plainStart);
            }

            yield return new string(buffer, i, match);
            i += match;
            plainStart = i;
        }

        if (split && end - plainStart >= 2)
        {
            yield return new string(buffer, plainStart, end - plainStart);
        }
    }
}
