namespace GovSearch.Cli;

/// <summary>The documented exit codes of <c>govsearch</c>.</summary>
internal static class ExitCodes
{
    /// <summary>It worked. For <c>index</c> this includes a run that skipped bad files or records: it indexes the rest
    /// and lists each skipped one as <c>file:line: reason</c>.</summary>
    public const int Success = 0;

    /// <summary>Unknown or malformed arguments, or a repair that needs <c>--yes</c> to run without a terminal.</summary>
    public const int Usage = 2;

    /// <summary>An input could not be read: a missing file, an unreadable or malformed input file.</summary>
    public const int Input = 3;

    /// <summary>No index at the path, a folder that is not a GovSearch index of this version, a damaged index (also what
    /// <c>check</c> returns when it finds damage), or an index another writer holds.</summary>
    public const int Index = 4;

    /// <summary>The query is empty, too long, or malformed in strict mode.</summary>
    public const int Query = 5;

    /// <summary>An id that the index does not hold.</summary>
    public const int NotFound = 6;

    /// <summary>A topic verb or hybrid search on an index without a usable topic model.</summary>
    public const int NoTopics = 7;

    /// <summary>Writing the index failed: the disk is full, the folder or its file system is read-only, or another
    /// input/output error. Changes since the last commit were discarded; the last commit is intact.</summary>
    public const int Write = 8;

    /// <summary>Stopped by Ctrl+C; the last commit is intact.</summary>
    public const int Cancelled = 130;

    /// <summary>Anything else: a bug or an I/O failure.</summary>
    public const int Failure = 1;
}
