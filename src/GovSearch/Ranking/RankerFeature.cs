namespace GovSearch;

/// <summary>One ranking feature of a document for a query, as the learned ranker read it.</summary>
/// <param name="Name">The feature's name (see the Ranking README).</param>
/// <param name="Value">Its value.</param>
public sealed record RankerFeature(string Name, float Value);
