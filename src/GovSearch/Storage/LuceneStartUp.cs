using System.Runtime.CompilerServices;
using GovSearch.Analysis;
using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace GovSearch.Storage;

/// <summary>
/// Starts, on thread-pool threads, the one-time work that opening the first index of a process begins with: Lucene.Net's
/// static set-up (its <c>Constants</c> build regular expressions, its codec factory scans its assembly; about 70 ms of a
/// fresh process) and <see cref="AnalysisWarmUp"/>. A tool calls it first thing, so that the work overlaps with its own
/// start-up (parsing its command line) instead of following it; opening an index needs nothing from it and does the
/// same work itself when it was not started.
/// </summary>
internal static class LuceneStartUp
{
    /// <summary>Starts the work, and returns at once.</summary>
    public static void Start()
    {
        ThreadPool.UnsafeQueueUserWorkItem(static _ =>
        {
            try
            {
                RuntimeHelpers.RunClassConstructor(typeof(Lucene.Net.Util.Constants).TypeHandle);
                RuntimeHelpers.RunClassConstructor(typeof(IndexFileNames).TypeHandle);
                _ = Codec.Default;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Opening an index runs the same set-up and reports its failure there.
            }
        }, null);
        AnalysisWarmUp.Start(AnalysisOptions.Default.Segmenter);
    }
}
