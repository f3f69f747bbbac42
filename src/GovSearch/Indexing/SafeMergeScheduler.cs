using Lucene.Net.Index;

namespace GovSearch.Indexing;

/// <summary>
/// Lucene's concurrent merge scheduler without its habit of rethrowing a failed background merge on the merge thread,
/// where .NET treats it as an unhandled exception and ends the process.
/// </summary>
/// <remarks>A failed merge loses nothing: the writer deletes the merge's partial files and keeps the segments it was
/// merging, which stay in the index and are merged again later. The cause (usually a full or failing disk) also fails
/// the next flush or commit, which reports it as <see cref="IndexWriteException"/>.</remarks>
internal sealed class SafeMergeScheduler : ConcurrentMergeScheduler
{
    protected override void HandleMergeException(Exception exc)
    {
        // Deliberately nothing: see the remarks.
    }
}
