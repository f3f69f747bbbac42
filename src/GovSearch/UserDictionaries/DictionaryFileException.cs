namespace GovSearch;

/// <summary>
/// A user dictionary (<see cref="UserDictionary"/>) or a user synonym file (<see cref="GovSearchIndexOptions.SynonymFiles"/>)
/// is missing or malformed; the message names the file and the line.
/// </summary>
public sealed class DictionaryFileException : GovSearchException
{
    /// <summary>Creates the exception for a file, a line (0 for the whole file) and the problem.</summary>
    /// <param name="filePath">The file, as it was given.</param>
    /// <param name="line">The 1-based line, or 0 when the problem concerns the whole file.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    /// <param name="innerException">The error that caused it, if any.</param>
    public DictionaryFileException(string filePath, int line, string problem, Exception? innerException = null)
        : base(line > 0 ? $"{filePath}:{line}: {problem}" : $"{filePath}: {problem}", innerException)
    {
        FilePath = filePath;
        Line = line;
    }

    /// <summary>The file, as it was given.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line the problem is on, or 0 when it concerns the whole file (missing, unreadable, too many entries).</summary>
    public int Line { get; }
}
