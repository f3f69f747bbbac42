namespace GovSearch.Cli;

/// <summary>A run of text in a line the tool prints, with the Spectre style it takes on a terminal (none for plain).</summary>
/// <param name="Text">The text, as printed (not markup).</param>
/// <param name="Style">A Spectre style such as <c>bold</c> or <c>dim</c>, or null.</param>
internal readonly record struct OutputPiece(string Text, string? Style = null);
