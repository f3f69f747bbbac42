using System.Text;

namespace GovSearch.Cli;

/// <summary>
/// A line of pieces as a terminal shows it: each styled piece between ANSI select-graphic-rendition escapes, for the
/// styles the tool uses (<c>bold</c>, <c>dim</c>, <c>bold yellow</c>). Written straight to a Unix terminal, which takes
/// the escapes as they are, so that a fresh process does not start the markup engine to print a few styled lines.
/// </summary>
/// <remarks>Colours follow the <c>NO_COLOR</c> convention: when the variable is set and not empty, yellow is left out
/// and bold and dim stay.</remarks>
internal static class TerminalText
{
    private const string Reset = "\u001b[0m";

    /// <summary>Whether colours may be used: <c>NO_COLOR</c> is unset or empty.</summary>
    public static bool ColorAllowed() => string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>The line with its styles as escapes, each styled piece ended by a reset.</summary>
    /// <param name="line">The pieces.</param>
    /// <param name="color">Whether colours may be used (<see cref="ColorAllowed"/>).</param>
    /// <exception cref="ArgumentException">A piece has a style this writer does not know.</exception>
    public static string Of(OutputPiece[] line, bool color)
    {
        var text = new StringBuilder();
        foreach (var piece in line)
        {
            if (piece.Style is null)
            {
                text.Append(piece.Text);
                continue;
            }

            text.Append("\u001b[").Append(Codes(piece.Style, color)).Append('m').Append(piece.Text).Append(Reset);
        }

        return text.ToString();
    }

    private static string Codes(string style, bool color) => style switch
    {
        "bold" => "1",
        "dim" => "2",
        "bold yellow" => color ? "1;33" : "1",
        _ => throw new ArgumentException($"No terminal escape is defined for the style '{style}'.", nameof(style)),
    };
}
