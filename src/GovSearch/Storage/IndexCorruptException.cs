namespace GovSearch;

/// <summary>
/// The index's files are damaged: a segment file fails its checksum or cannot be read, or the commit that lists the
/// segments is damaged or missing. Raised when an index opens or refreshes, before a search can return wrong results.
/// Nothing on disk was changed. Run <c>govsearch check</c> (or <see cref="GovSearchIndex.CheckAsync"/>) to see
/// what is lost, and <c>govsearch check --repair</c> (<see cref="GovSearchIndex.RepairAsync"/>) to drop the
/// broken segments, or rebuild the index.
/// </summary>
public sealed class IndexCorruptException : GovSearchException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The index folder.</param>
    /// <param name="brokenSegments">The names of the damaged segments (for example <c>_3</c>), or of the damaged commit
    /// file (<c>segments_N</c>); may be empty when the damage cannot be placed.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public IndexCorruptException(string path, IReadOnlyList<string> brokenSegments, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(brokenSegments);
        Path = path;
        BrokenSegments = brokenSegments.ToArray();
    }

    /// <summary>The index folder.</summary>
    public string Path { get; }

    /// <summary>The names of the damaged segments or commit file, in name order.</summary>
    public IReadOnlyList<string> BrokenSegments { get; }
}
