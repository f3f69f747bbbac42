namespace GovSearch;

/// <summary>One of a hit's strongest topics.</summary>
/// <param name="Id">The topic's id (the value of a topic: filter).</param>
/// <param name="Label">The topic's label.</param>
/// <param name="Weight">The document's weight on the topic (its vector sums to 1).</param>
public sealed record HitTopic(int Id, string Label, float Weight);
