namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// Finds the corpus to benchmark on: <c>--corpus PATH</c>, else <c>GOVSEARCH_CORPUS</c>, else
/// <c>../shared/corpus/dev.jsonl</c> beside the repository, else the repository's <c>seeds/</c> folder.
/// </summary>
/// <remarks>A folder that holds <c>dev.jsonl</c> means that file; any other folder is read as text files.</remarks>
public static class CorpusLocator
{
    /// <summary>The corpus file benchmarks use by default: the stratified sample.</summary>
    public const string DefaultFile = "dev.jsonl";

    /// <summary>The environment variable the tests and CI use for the corpus folder.</summary>
    public const string CorpusVariable = "GOVSEARCH_CORPUS";

    /// <summary>Resolves the corpus path.</summary>
    /// <param name="given">The <c>--corpus</c> argument, if any.</param>
    /// <exception cref="FileNotFoundException">A given path does not exist, or nothing is found at all.</exception>
    public static string Resolve(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return Existing(given, "--corpus");
        }

        if (Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } fromEnvironment)
        {
            return Existing(fromEnvironment, CorpusVariable);
        }

        var root = FindRepositoryRoot();
        var beside = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", DefaultFile));
        if (File.Exists(beside))
        {
            return beside;
        }

        var seeds = Path.Combine(root, "seeds");
        if (Directory.Exists(seeds))
        {
            return seeds;
        }

        throw new FileNotFoundException(
            $"No corpus found: pass --corpus PATH (a .jsonl file or a folder), set {CorpusVariable}, or place the corpus at '{beside}'.", beside);
    }

    /// <summary>The repository root: the nearest folder holding GovSearch.sln above the working folder or this program.</summary>
    /// <exception cref="InvalidOperationException">Neither is inside the repository.</exception>
    public static string FindRepositoryRoot() =>
        FindRootAbove(Directory.GetCurrentDirectory()) ?? FindRootAbove(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("No GovSearch.sln found above the working folder or the program; run the benchmarks from inside the repository, or pass --corpus.");

    private static string? FindRootAbove(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GovSearch.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static string Existing(string path, string origin)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return full;
        }

        if (Directory.Exists(full))
        {
            var file = Path.Combine(full, DefaultFile);
            return File.Exists(file) ? file : full;
        }

        throw new FileNotFoundException($"The corpus given by {origin}, '{full}', is neither a file nor a folder.", full);
    }
}
