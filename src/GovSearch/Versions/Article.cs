namespace GovSearch.Versions;

/// <summary>One article of a law's text: its number as written and its words, number left out.</summary>
/// <param name="Number">第十条, Article 10.</param>
/// <param name="Text">The article's lines after the number, joined by line breaks.</param>
internal sealed record Article(string Number, string Text);
