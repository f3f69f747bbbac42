namespace GovSearch.Cli;

/// <summary>The entry point of <c>govsearch</c>.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => Cli.RunAsync(args, CliConsole.System());
}
