namespace GovSearch;

/// <summary>There is no index at the path given to an open call.</summary>
public sealed class IndexMissingException : GovSearchException
{
    /// <summary>Creates the exception.</summary>
    public IndexMissingException(string path)
        : base($"There is no GovSearch index at '{path}'. Create one with GovSearchIndex.Create or OpenOrCreate.")
    {
        Path = path;
    }

    /// <summary>The path that was opened.</summary>
    public string Path { get; }
}
