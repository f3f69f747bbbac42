using Spectre.Console;

namespace GovSearch.Cli;

/// <summary>Turns snippets marked with private markers into Spectre markup: bold yellow on a terminal, plain text elsewhere.</summary>
internal static class Highlight
{
    public const string Start = "\u0001";
    public const string End = "\u0002";

    public static string Markup(string snippet, bool ansi)
    {
        var flat = snippet.Replace('\n', ' ').Replace('\r', ' ');
        var escaped = Spectre.Console.Markup.Escape(flat);
        return ansi
            ? escaped.Replace(Start, "[bold yellow]", StringComparison.Ordinal).Replace(End, "[/]", StringComparison.Ordinal)
            : escaped.Replace(Start, string.Empty, StringComparison.Ordinal).Replace(End, string.Empty, StringComparison.Ordinal);
    }

    /// <summary>A snippet on one line as pieces: the highlighted words styled bold yellow, the markers removed.</summary>
    public static IEnumerable<OutputPiece> Pieces(string snippet)
    {
        var flat = snippet.Replace('\n', ' ').Replace('\r', ' ');
        var highlighted = false;
        foreach (var part in flat.Split([Start, End], StringSplitOptions.None))
        {
            if (part.Length > 0)
            {
                yield return new OutputPiece(part, highlighted ? "bold yellow" : null);
            }

            highlighted = !highlighted;
        }
    }
}
