namespace GovSearch;

/// <summary>
/// A folder holds something other than an index this version of GovSearch can open: not an index at all,
/// a Lucene index GovSearch did not write, or one written with another schema version. Nothing on disk was changed.
/// </summary>
public sealed class IndexFormatException : GovSearchException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    /// <param name="foundSchemaVersion">The schema version the folder records, when it is a GovSearch index of another version.</param>
    public IndexFormatException(string path, string message, Exception? innerException = null, int? foundSchemaVersion = null)
        : base(message, innerException)
    {
        Path = path;
        FoundSchemaVersion = foundSchemaVersion;
    }

    /// <summary>The folder that was opened.</summary>
    public string Path { get; }

    /// <summary>The schema version the folder records when it is a GovSearch index of another version (rebuild it);
    /// <see langword="null"/> when it is not a GovSearch index at all.</summary>
    public int? FoundSchemaVersion { get; }
}
