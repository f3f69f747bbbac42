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
}
