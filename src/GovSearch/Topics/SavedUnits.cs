namespace GovSearch.Topics;

/// <summary>The training units' topic vectors as saved (<c>units.json</c>). The lists run in training order.</summary>
/// <param name="Ids">The unit ids.</param>
/// <param name="TokenCounts">The number of topic tokens of each unit, before the vocabulary was applied.</param>
/// <param name="Vectors">The topic vector of each unit.</param>
internal sealed record SavedUnits(IReadOnlyList<string> Ids, IReadOnlyList<int> TokenCounts, IReadOnlyList<float[]> Vectors);
