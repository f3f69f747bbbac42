using Spectre.Console;

namespace GovSearch.Cli;

/// <summary>Where the tool writes, and whether those places are terminals.</summary>
/// <param name="Out">Standard output: results, and nothing else under --json.</param>
/// <param name="Error">Standard error: errors, warnings, progress.</param>
/// <param name="OutIsTerminal">Whether standard output is a terminal (ANSI highlights).</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress bars).</param>
/// <param name="In">Standard input, for confirmations; <see langword="null"/> when there is none.</param>
/// <param name="InIsTerminal">Whether standard input is a terminal (a person can answer a question).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal, TextReader? In = null, bool InIsTerminal = false)
{
    /// <summary>The process's own console.</summary>
    public static CliConsole System() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected, Console.In, !Console.IsInputRedirected);

    /// <summary>A Spectre console over standard output, with ANSI only on a terminal.</summary>
    public IAnsiConsole Ansi(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!terminal)
        {
            // Piped output is for other programs: one line per item, never wrapped at 80 columns.
            console.Profile.Width = 100_000;
        }

        return console;
    }
}
