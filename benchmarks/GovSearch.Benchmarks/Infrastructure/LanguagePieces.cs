namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// The surface pieces of one language: all of them, and those a paragraph may start with.
/// </summary>
/// <remarks>GovSearch's passage splitter reads a line starting with "#", 第, a Chinese numeral with 、, a digit,
/// a bracket, or Part/Chapter/Section/Title/Article as a heading, an article or a numbered item, which would merge
/// or split passages. A synthetic paragraph therefore starts with a piece whose first character is a letter
/// and none of those; every other piece is drawn from the full distribution.</remarks>
internal sealed class LanguagePieces
{
    private static readonly string[] HeadingWords = ["part", "chapter", "section", "title", "article"];

    /// <summary>Builds both samplers from the pieces and their counts.</summary>
    public LanguagePieces(IReadOnlyList<(string Piece, long Count)> counts)
    {
        All = new PieceSampler(counts);
        var starters = counts.Where(c => CanStartParagraph(c.Piece)).ToList();
        Starters = starters.Count > 0 ? new PieceSampler(starters) : All;
    }

    /// <summary>Every piece, by its frequency.</summary>
    public PieceSampler All { get; }

    /// <summary>The pieces a paragraph may start with, by their frequency.</summary>
    public PieceSampler Starters { get; }

    private static bool CanStartParagraph(string piece) =>
        piece.Length > 0 && char.IsLetter(piece[0]) && !"第一二三四五六七八九十".Contains(piece[0])
        && !HeadingWords.Any(w => piece.StartsWith(w, StringComparison.OrdinalIgnoreCase));
}
