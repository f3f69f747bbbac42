using GovSearch.Documents;

namespace GovSearch;

/// <summary>An input the loader could not take, and why.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The 1-based line: of the record in a JSON lines file, or of the first bad byte or NUL character
/// in a text file; <see langword="null"/> when the whole file is at fault (too large, binary, an empty or duplicate document).</param>
/// <param name="Message">What is wrong, as a sentence a user can act on.</param>
public sealed record LoadProblem(string Path, int? Line, string Message)
{
    /// <summary>"path:line: message", the form compilers use, on one line: control characters in the path or message
    /// are written as <c>\uXXXX</c>.</summary>
    public override string ToString()
    {
        var path = Printable.Escape(Path);
        var message = Printable.Escape(Message);
        return Line is null ? $"{path}: {message}" : $"{path}:{Line}: {message}";
    }
}
