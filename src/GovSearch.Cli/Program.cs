using GovSearch.Storage;

namespace GovSearch.Cli;

/// <summary>The entry point of <c>govsearch</c>.</summary>
internal static class Program
{
    /// <summary>The verbs that open an index and answer from it at once, where start-up is most of the wall time.</summary>
    private static readonly HashSet<string> Readers = new(StringComparer.Ordinal)
    {
        "search", "explain", "show", "similar", "suggest", "cites", "cited-by", "kwic", "usage", "stats",
    };

    public static Task<int> Main(string[] args)
    {
        if (args.Length > 0 && Readers.Contains(args[0]))
        {
            // Lucene's and the analysis' one-time set-up run beside the command line's parsing.
            LuceneStartUp.Start();
        }

        return Cli.RunAsync(args, CliConsole.System());
    }
}
