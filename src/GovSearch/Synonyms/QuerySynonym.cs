namespace GovSearch;

/// <summary>One synonym a search used, from the user's synonym files (<see cref="GovSearchIndexOptions.SynonymFiles"/>).</summary>
/// <param name="Words">The words of the query that the synonym stands for, as typed.</param>
/// <param name="Synonym">The synonym, as the synonym file writes it.</param>
/// <param name="Weight">The boost it was searched with (<see cref="SearchOptions.SynonymWeight"/>).</param>
/// <param name="File">The synonym file, as it was given.</param>
/// <param name="Line">The 1-based line of the rule.</param>
public sealed record QuerySynonym(string Words, string Synonym, float Weight, string File, int Line);
