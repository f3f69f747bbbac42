namespace GovSearch;

/// <summary>
/// A user's glossary or parallel text file (<see cref="GovSearchIndexOptions.GlossaryFiles"/>,
/// <see cref="GovSearchIndexOptions.ParallelTextFiles"/>) is missing or malformed; the message names the file and line.
/// </summary>
public sealed class TranslationFileException : GovSearchException
{
    /// <summary>Creates the exception for a file, a line (0 for the whole file) and the problem.</summary>
    public TranslationFileException(string filePath, int line, string problem, Exception? innerException = null)
        : base(line > 0 ? $"{filePath}:{line}: {problem}" : $"{filePath}: {problem}", innerException)
    {
        FilePath = filePath;
        Line = line;
    }

    /// <summary>The file, as it was given.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line the problem is on, or 0 when it concerns the whole file (missing, unreadable, empty).</summary>
    public int Line { get; }
}
