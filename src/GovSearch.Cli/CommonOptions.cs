using System.CommandLine;
using GovSearch.Indexing;

namespace GovSearch.Cli;

/// <summary>Options several verbs share, and opening the index they name.</summary>
internal static class CommonOptions
{
    public const string IndexVariable = "GOVSEARCH_INDEX";

    public static Option<string?> Index() => new("--index", "-i")
    {
        Description = $"The index folder. Default: ${IndexVariable}, else the bundled sample index built from seeds/.",
    };

    /// <summary><c>--expand-lay-terms</c>: also search for the legal wording of everyday phrases (SearchOptions.ExpandLayTerms).</summary>
    public static Option<bool> ExpandLayTerms() => new("--expand-lay-terms")
    {
        Description = "Also search for the legal wording of everyday phrases (被狗咬 → 饲养动物 损害责任), from the built-in governance thesaurus. On by default; --expand-lay-terms false turns it off.",
    };

    /// <summary>The value of <c>--expand-lay-terms</c>: the library's default when the option is not given.</summary>
    public static bool ExpandLayTermsValue(ParseResult parse, Option<bool> option) =>
        parse.GetResult(option) is { Implicit: false } ? parse.GetValue(option) : SearchOptions.Default.ExpandLayTerms;

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print only JSON on standard output (no progress, no log lines).",
    };

    /// <summary>The index folder named by --index or $GOVSEARCH_INDEX, or null.</summary>
    public static string? ExplicitIndex(string? option) =>
        option ?? (Environment.GetEnvironmentVariable(IndexVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null);

    /// <summary>Fails with the index's own explanation when it has no usable topic model.</summary>
    public static void RequireTopics(GovSearchIndex index)
    {
        var status = index.TopicStatus;
        if (!status.IsTrained)
        {
            throw new TopicModelMissingException(status.Problem ?? "The index has no topic model; train one with: govsearch index ... --topics N.");
        }
    }

    /// <summary>Opens the named index read-only, or the default sample index, with the user's translation files if any.</summary>
    public static async Task<GovSearchIndex> OpenForReadingAsync(
        string? option, CancellationToken cancellationToken, IReadOnlyList<string>? glossaryFiles = null, IReadOnlyList<string>? parallelTextFiles = null,
        IReadOnlyList<string>? synonymFiles = null)
    {
        var path = ExplicitIndex(option) ?? await DefaultIndex.EnsureAsync(cancellationToken).ConfigureAwait(false);
        return GovSearchIndex.Open(path, new GovSearchIndexOptions
        {
            ReadOnly = true, GlossaryFiles = glossaryFiles ?? [], ParallelTextFiles = parallelTextFiles ?? [], SynonymFiles = synonymFiles ?? [],
        });
    }
}
