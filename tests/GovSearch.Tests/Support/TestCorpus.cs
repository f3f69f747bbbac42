namespace GovSearch.Tests.Support;

/// <summary>
/// Finds ../shared/corpus: from GOVSEARCH_CORPUS, else beside the repository. CI always has it; a test that
/// needs it calls <see cref="Require"/>, which fails with a clear message when it is absent.
/// </summary>
public static class TestCorpus
{
    private static readonly Lazy<string?> Folder = new(Find);

    /// <summary>The corpus folder, or null.</summary>
    public static string? Path => Folder.Value;

    /// <summary>The path of a corpus file; fails the test with a clear message when the corpus is absent.</summary>
    public static string Require(string file)
    {
        var folder = Path ?? throw new InvalidOperationException(
            "This test needs the governance corpus (dev.jsonl, docs.jsonl). Set GOVSEARCH_CORPUS to its folder, or place it at ../shared/corpus beside the repository.");
        var path = System.IO.Path.Combine(folder, file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"The corpus folder '{folder}' has no {file}.", path);
    }

    /// <summary>The repository root (the folder holding GovSearch.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The bundled seeds folder.</summary>
    public static string Seeds => System.IO.Path.Combine(RepositoryRoot, "seeds");

    private static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("GOVSEARCH_CORPUS");
        if (!string.IsNullOrWhiteSpace(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
        return Directory.Exists(beside) ? beside : null;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "GovSearch.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests must run inside the repository (no GovSearch.sln found above them).");
    }
}
