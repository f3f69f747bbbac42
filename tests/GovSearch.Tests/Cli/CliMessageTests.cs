using GovSearch.Cli;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Cli;

/// <summary>What a person at the command line reads: errors that name options (never library types), typo
/// suggestions, the command's own name in usage, counts in the right number, and a hint when nothing matches.</summary>
[Collection("cli")]
public sealed class CliMessageTests : IDisposable
{
    private readonly CliRunner _runner = new();

    public CliMessageTests() => Assert.NotNull(CliRunner.CachePath);

    public void Dispose() => _runner.Dispose();

    private string Missing => _runner.Folder.File("missing");

    [Theory]
    [InlineData("--limit", "0", "--limit must be between 1 and 1000 (it was 0).")]
    [InlineData("--limit", "1001", "--limit must be between 1 and 1000 (it was 1001).")]
    [InlineData("--offset", "-1", "--offset must be between 0 and 100000 (it was -1).")]
    public async Task Search_OutOfRangeOption_NamesTheOptionAndItsRange(string option, string value, string expected)
    {
        var (code, output, error) = await CliRunner.RunAsync("search", "governance", option, value);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"govsearch: {expected}{Environment.NewLine}", error);
    }

    [Fact]
    public async Task Index_OutOfRangeThreads_NamesTheOption_AndCreatesNoIndex()
    {
        var index = _runner.Folder.File("index");

        var (code, _, error) = await CliRunner.RunAsync("index", TestCorpus.Seeds, "--index", index, "--threads", "0");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal($"govsearch: --threads must be between 1 and 64 (it was 0).{Environment.NewLine}", error);
        Assert.False(Directory.Exists(index));
    }

    [Theory]
    [InlineData("search", "x")]
    [InlineData("stats")]
    [InlineData("topics")]
    [InlineData("trends")]
    [InlineData("show", "some-id")]
    public async Task EveryReadingVerb_OnAMissingIndex_SaysHowToCreateOne(params string[] args)
    {
        var (code, _, error) = await CliRunner.RunAsync([.. args, "--index", Missing]);

        Assert.Equal(ExitCodes.Index, code);
        Assert.Equal($"govsearch: no index at {Missing}; create one with govsearch index FILES --index {Missing}.{Environment.NewLine}", error);
    }

    [Theory]
    [InlineData("search x --limit 0")]
    [InlineData("search x --offset 100001")]
    [InlineData("similar some-id --limit 0")]
    [InlineData("index . --index unused --threads 65")]
    [InlineData("index . --index unused --topics 1")]
    [InlineData("serach x")]
    public async Task Errors_NeverNameLibraryTypesOrParameters(string commandLine)
    {
        var (_, _, error) = await CliRunner.RunAsync(commandLine.Split(' '));

        Assert.NotEqual(string.Empty, error);
        Assert.DoesNotContain("Options.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", error, StringComparison.Ordinal);
        Assert.DoesNotContain("GovSearchIndex", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "serach", "x" }, "unknown command 'serach'; did you mean 'search'?")]
    [InlineData(new[] { "trend" }, "unknown command 'trend'; did you mean 'trends'?")]
    [InlineData(new[] { "search", "x", "--limt", "3" }, "unknown option '--limt'; did you mean '--limit'?")]
    public async Task Typo_GetsADidYouMeanSuggestion(string[] args, string expected)
    {
        var (code, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal($"govsearch: {expected} Run 'govsearch --help' for usage.{Environment.NewLine}", error);
    }

    [Fact]
    public async Task Index_MistypedOption_IsNotTakenForAMissingPath()
    {
        var (code, _, error) = await CliRunner.RunAsync("index", TestCorpus.Seeds, "--rebiuld", "--index", _runner.Folder.File("index"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal($"govsearch: unknown option '--rebiuld'; did you mean '--rebuild'? Run 'govsearch index --help' for usage.{Environment.NewLine}", error);
    }

    [Theory]
    [InlineData("--sort", "dat", "--sort 'dat' is not one of relevance, date, date-desc, date-asc; did you mean 'date'?")]
    [InlineData("--mode", "hybird", "--mode 'hybird' is not one of lexical, hybrid; did you mean 'hybrid'?")]
    [InlineData("--mode", "bm25", "--mode 'bm25' is not one of lexical, hybrid.")]
    public async Task ValueOutsideTheList_IsOneLineNamingTheOptionAndTheNearestValue(string option, string value, string expected)
    {
        var (code, _, error) = await CliRunner.RunAsync("search", "x", option, value);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal($"govsearch: {expected} Run 'govsearch --help' for usage.{Environment.NewLine}", error);
    }

    [Fact]
    public async Task Typo_FarFromEveryName_GetsNoSuggestion()
    {
        var (code, _, error) = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.DoesNotContain("did you mean", error, StringComparison.Ordinal);
        Assert.Contains("'frobnicate'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serach", "search", 1)]
    [InlineData("--limt", "--limit", 1)]
    [InlineData("search", "search", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("ca", "abc", 3)]
    public void Distance_CountsInsertionsDeletionsSubstitutionsAndSwaps(string a, string b, int expected) =>
        Assert.Equal(expected, Typos.Distance(a, b));

    [Fact]
    public async Task Help_UsageShowsTheCommandName()
    {
        var root = await CliRunner.RunAsync("--help");
        var search = await CliRunner.RunAsync("search", "--help");

        Assert.Contains("govsearch [command] [options]", root.Out, StringComparison.Ordinal);
        Assert.Contains("govsearch search <query> [options]", search.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("GovSearch.Cli", root.Out + search.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithNoResults_SaysSoAndGivesAHint()
    {
        var (code, output, _) = await CliRunner.RunAsync("search", "zzqqxxwwvv");

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("No documents match \"zzqqxxwwvv\".", output, StringComparison.Ordinal);
        Assert.Contains("Try fewer words", output, StringComparison.Ordinal);
        Assert.Contains("OR", output, StringComparison.Ordinal);
        Assert.DoesNotContain("0 documents", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0 documents")]
    [InlineData(1, "1 document")]
    [InlineData(2, "2 documents")]
    [InlineData(1234, "1,234 documents")]
    public void Plural_UsesTheSingularOnlyForOne(long count, string expected) =>
        Assert.Equal(expected, Plural.Of(count, "document"));
}
