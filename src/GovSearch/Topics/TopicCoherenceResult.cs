namespace GovSearch.Topics;

/// <summary>How coherent a model's topics are, beside a baseline of random word sets.</summary>
/// <param name="PerTopic">Each topic's average NPMI over the pairs of its top words, by topic id: -1 to 1.</param>
/// <param name="Mean">The average of <paramref name="PerTopic"/>.</param>
/// <param name="RandomBaseline">The average NPMI of random word sets of the same size drawn from the vocabulary.</param>
internal sealed record TopicCoherenceResult(IReadOnlyList<double> PerTopic, double Mean, double RandomBaseline)
{
    /// <summary>How far the topics are above the random baseline.</summary>
    public double Lift => Mean - RandomBaseline;
}
