namespace GovSearch.Cli;

/// <summary>The private markers <c>search</c> asks the library to put around matched words, and the pieces a snippet
/// becomes: the matched words bold yellow on a terminal, plain text elsewhere.</summary>
internal static class Highlight
{
    public const string Start = "\u0001";
    public const string End = "\u0002";

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
