using GovSearch.Cli;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Cli;

/// <summary>Runs govsearch in-process with captured standard output and error, as a non-terminal.</summary>
public sealed class CliRunner : IDisposable
{
    private static readonly TempFolder Cache = CreateCache();

    public CliRunner()
    {
        Folder = new TempFolder();
    }

    /// <summary>A scratch folder for this test's indexes and inputs.</summary>
    public TempFolder Folder { get; }

    public static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await GovSearch.Cli.Cli.RunAsync(args, new CliConsole(output, error, OutIsTerminal: false, ErrorIsTerminal: false));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs govsearch with <paramref name="input"/> on standard input, as if a person typed it at a terminal.</summary>
    public static async Task<(int Code, string Out, string Error)> RunAtTerminalAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, OutIsTerminal: false, ErrorIsTerminal: false, new StringReader(input), InIsTerminal: true);
        var code = await GovSearch.Cli.Cli.RunAsync(args, console);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => Folder.Dispose();

    /// <summary>The default index's cache goes to a temp folder for the whole test run (set once, before any CLI test runs).</summary>
    private static TempFolder CreateCache()
    {
        var folder = new TempFolder();
        Environment.SetEnvironmentVariable("GOVSEARCH_CACHE", folder.Path);
        Environment.SetEnvironmentVariable("GOVSEARCH_INDEX", null);
        return folder;
    }

    /// <summary>Touches the static cache so it is set before a test runs.</summary>
    public static string CachePath => Cache.Path;
}
