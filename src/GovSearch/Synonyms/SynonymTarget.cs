namespace GovSearch.Synonyms;

/// <summary>One synonym a key of a synonym file maps to, with the line that says so.</summary>
/// <param name="Text">The synonym as written (escapes resolved, spaces collapsed).</param>
/// <param name="File">The file, as it was given.</param>
/// <param name="Line">The 1-based line.</param>
internal sealed record SynonymTarget(string Text, string File, int Line);
