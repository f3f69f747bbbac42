namespace GovSearch;

/// <summary>A file or record could not be loaded, with <see cref="LoadErrorMode.Fail"/> in force.</summary>
public sealed class DocumentLoadException : GovSearchException
{
    /// <summary>Creates the exception for a problem.</summary>
    public DocumentLoadException(LoadProblem problem, Exception? innerException = null)
        : base(problem.ToString(), innerException)
    {
        Problem = problem;
    }

    /// <summary>The file, line and reason.</summary>
    public LoadProblem Problem { get; }
}
