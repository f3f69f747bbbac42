namespace GovSearch.Documents;

/// <summary>An input the loader could not take, and why.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The 1-based line for JSON lines files; <see langword="null"/> when the whole file is at fault.</param>
/// <param name="Message">What is wrong, as a sentence a user can act on.</param>
public sealed record LoadProblem(string Path, int? Line, string Message)
{
    /// <summary>"path:line: message", the form compilers use.</summary>
    public override string ToString() => Line is null ? $"{Path}: {Message}" : $"{Path}:{Line}: {Message}";
}
