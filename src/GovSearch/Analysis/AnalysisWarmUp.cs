using GovSearch.Analysis.Segmentation;
using GovSearch.Thesaurus;

namespace GovSearch.Analysis;

/// <summary>
/// Loads, on a thread-pool thread, what the first search or the first indexed document of a process needs and every
/// index shares: the segmenter's dictionaries (<see cref="SegmenterDictionaries.Shared"/>) and the governance thesaurus
/// (<see cref="GovernanceThesaurus.Shared"/>) with its index for soft matching. Opening or creating an index starts it, so that the loading overlaps with
/// opening Lucene's segments instead of following it; a fresh <c>govsearch search</c> spends about as long on each.
/// </summary>
/// <remarks>
/// Once per process. Both are lazy singletons that the first use would load anyway, on the thread that uses them; if the
/// warm-up is still loading then, that thread waits for it rather than loading twice. A failure here is left for that
/// first use to report, where it says what went wrong for the call that needed it.
/// </remarks>
internal static class AnalysisWarmUp
{
    private static int _started;

    /// <summary>Starts the loading, unless it has started before in this process.</summary>
    /// <param name="segmenter">The segmenter the index is expected to use: SmartCn's own reads its dictionaries itself, on
    /// first use, and only the thesaurus is loaded for it.</param>
    public static void Start(HanSegmenterKind segmenter)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return;
        }

        var dictionaries = segmenter == HanSegmenterKind.Fast;
        _ = Task.Run(() =>
        {
            if (dictionaries)
            {
                Load(() => _ = SegmenterDictionaries.Shared);
            }

            Load(() => GovernanceThesaurus.Shared.PrepareSoftMatching());
        });
    }

    private static void Load(Action load)
    {
        try
        {
            load();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The lazy singletons keep the failure, and their first real use throws it where it can be reported.
        }
    }
}
